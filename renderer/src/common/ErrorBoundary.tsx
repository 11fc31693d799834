import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n';

interface Props {
  /** What is shown instead of the children once they failed to render. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  /** When any of these change (another record, new text) the children get another chance. */
  resetKeys?: readonly unknown[];
  children: ReactNode;
}

interface State {
  error: Error | null;
  keys: readonly unknown[] | undefined;
}

const sameKeys = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((v, i) => Object.is(v, b[i])));

/**
 * One part of the screen that fails to render shows its fallback; the rest of the window keeps
 * working (React otherwise unmounts the whole tree and leaves a blank window).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (sameKeys(props.resetKeys, state.keys)) return null;
    return { keys: props.resetKeys, error: null };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A part of the screen could not be shown:', error, info.componentStack);
  }

  private readonly reset = () => this.setState({ error: null });

  override render(): ReactNode {
    if (this.state.error) return this.props.fallback(this.state.error, this.reset);
    return this.props.children;
  }
}

/** The fallback for a whole tab: says so in plain words and offers to try again. */
export function TabFallback({ name, reset }: { name: string; reset: () => void }) {
  const { t } = useT('app');
  return (
    <div role="alert" className="error render-failed">
      <p>{t('fallback.tab', { name })}</p>
      <button type="button" onClick={reset}>
        {t('banner.retry')}
      </button>
    </div>
  );
}

/** The fallback for one statement: its raw text, so nothing is hidden. */
export function StatementFallback({ text }: { text: string }) {
  const { t } = useT('app');
  return (
    <div className="statement-fallback render-failed">
      <p className="muted small" role="note">
        {t('fallback.statement')}
      </p>
      <pre className="raw-text" dir="auto">
        {text}
      </pre>
    </div>
  );
}
