import { useMemo, type MouseEvent } from 'react';
import { call } from '../desk';
import { markdownToSafeHtml } from '../markdown';
import { ErrorBoundary, StatementFallback } from './ErrorBoundary';

/** A statement's markdown, sanitized; links open in the system browser after the main process checks them. */
function StatementHtml({ markdown }: { markdown: string }) {
  const html = useMemo(() => markdownToSafeHtml(markdown), [markdown]);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href) void call('openExternal', { url: href });
  };
  return <div className="statement-text" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** One statement that cannot be rendered shows its raw text; the list around it stays. */
export function StatementText({ markdown }: { markdown: string }) {
  return (
    <ErrorBoundary resetKeys={[markdown]} fallback={() => <StatementFallback text={markdown} />}>
      <StatementHtml markdown={markdown} />
    </ErrorBoundary>
  );
}
