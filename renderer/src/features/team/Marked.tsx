import { Fragment, type ReactNode } from 'react';

/**
 * A translated text whose `<0>…</0>`, `<1>…</1>` marks wrap parts in elements (a device's name in bold),
 * so each language keeps its own word order around them. The text is rendered as text, never as HTML.
 */
export function Marked({ text, wrap }: { text: string; wrap: ReadonlyArray<(inner: string) => ReactNode> }) {
  const parts = text.split(/<(\d+)>(.*?)<\/\1>/s);
  const out: ReactNode[] = [];
  for (let i = 0; i < parts.length; i += 3) {
    if (parts[i]) out.push(<Fragment key={`t${i}`}>{parts[i]}</Fragment>);
    if (i + 2 < parts.length) {
      const inner = parts[i + 2]!;
      const element = wrap[Number(parts[i + 1])];
      out.push(<Fragment key={`m${i}`}>{element ? element(inner) : inner}</Fragment>);
    }
  }
  return <>{out}</>;
}
