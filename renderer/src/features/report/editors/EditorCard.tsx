import { useId, type ReactNode } from 'react';
import { type ReportDocument } from '../../../../../shared/report/reportModel';
import { markdownToPlainText, sectionToPlainText } from '../../../../../shared/report/plainText';
import { useCommitOnBlur } from '../../../common/useCommitOnBlur';
import { CopyButton } from '../CopyButton';

/** One section of the editor: a heading, a copy button for the section's text, and its fields. */
export function EditorCard({
  id,
  title,
  doc,
  copyId,
  children,
  hint,
}: {
  id: string;
  title: string;
  doc: ReportDocument;
  copyId?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card report-card" aria-labelledby={`edit-${id}`}>
      <div className="report-card-head">
        <h3 id={`edit-${id}`}>{title}</h3>
        {copyId && <CopyButton label={title} text={() => sectionToPlainText(doc, copyId)} />}
      </div>
      {hint && <p className="field-hint">{hint}</p>}
      {children}
    </section>
  );
}

/** A textarea that commits on blur. */
export function MarkdownField({
  label,
  value,
  onCommit,
  rows = 4,
  placeholder,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  rows?: number;
  placeholder?: string;
}) {
  const id = useId();
  const { props } = useCommitOnBlur(value, onCommit);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} placeholder={placeholder} dir="auto" {...props} />
    </div>
  );
}

/** A one-line excerpt of a statement for lists of sources and candidates, without Markdown marks. */
export const snippet = (text: string, max = 140): string => {
  const one = markdownToPlainText(text).replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};
