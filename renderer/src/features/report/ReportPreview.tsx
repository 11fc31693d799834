import { useMemo, useState } from 'react';
import type { Session } from '../../../../shared/model/session';
import { buildReport, type ReportBlock } from '../../../../shared/report/reportModel';
import { call, messageOf } from '../../desk';
import { StatementText } from '../capture/StatementText';

function Block({ block }: { block: ReportBlock }) {
  switch (block.type) {
    case 'paragraph':
      return <StatementText markdown={block.markdown} />;
    case 'note':
      return <p className="muted">{block.text}</p>;
    case 'facts':
      return (
        <table className="facts">
          <tbody>
            {block.rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'statement':
      return (
        <div className="report-statement">
          <p className="statement-meta">
            <strong>{block.speaker ?? 'Unattributed'}</strong>
            {block.speakerDetail && <span className="muted"> ({block.speakerDetail})</span>}
            {block.offset && <span className="muted"> · {block.offset}</span>}
          </p>
          <StatementText markdown={block.markdown} />
        </div>
      );
  }
}

export function ReportPreview({ session }: { session: Session }) {
  const report = useMemo(() => buildReport(session), [session]);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportDocx = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const { file } = await call('exportDocx', { id: session.id });
      setStatus(file ? { error: false, text: `Report saved to ${file}` } : null);
    } catch (error) {
      setStatus({ error: true, text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="report" aria-labelledby="report-heading">
      <div className="toolbar">
        <h2 id="report-heading">Report preview</h2>
        <button type="button" onClick={() => void exportDocx()} disabled={busy}>
          Export DOCX…
        </button>
      </div>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'success'}>
          {status.text}
        </p>
      )}
      <article className="page" aria-label="Report">
        <h1 className="doc-title">{report.title || 'Untitled session'}</h1>
        {report.subtitle && <p className="doc-subtitle">{report.subtitle}</p>}
        {report.sections.map((section) => {
          const Heading = section.level === 1 ? 'h2' : section.level === 2 ? 'h3' : 'h4';
          return (
            <section key={section.id} aria-label={section.heading}>
              <Heading>{section.heading}</Heading>
              {section.blocks.map((block, i) => (
                <Block key={i} block={block} />
              ))}
            </section>
          );
        })}
      </article>
    </section>
  );
}
