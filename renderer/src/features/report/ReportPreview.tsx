import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../../shared/model/preferences';
import type { Session } from '../../../../shared/model/session';
import { buildReport, type ReportBlock, type ReportDocument } from '../../../../shared/report/reportModel';
import { sectionToPlainText } from '../../../../shared/report/plainText';
import { call, messageOf } from '../../desk';
import { StatementText } from '../capture/StatementText';
import { CopyButton } from './CopyButton';
import {
  EditorCard,
  ItemsEditor,
  MARKDOWN_HINT,
  MarkdownField,
  ParticipationEditor,
  SummariesEditor,
  WayForwardEditor,
} from './ReportSections';
import { useReportChange, type ChangeFn } from './useReportChange';
import './report.css';

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
    case 'bars':
      return (
        <table className="bars">
          <thead>
            <tr>
              {block.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Chart</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row) => (
              <tr key={row.label}>
                <td>{row.label}</td>
                <td>{row.value}</td>
                <td className="share">{Math.round(row.share * 100)}%</td>
                <td className="bar-cell" aria-hidden="true">
                  <span className="bar-track">
                    <span className="bar" style={{ width: `${Math.round(row.share * 100)}%` }} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="report-list">
          {block.items.map((item, i) => (
            <li key={i}>
              <StatementText markdown={item} />
            </li>
          ))}
        </List>
      );
    }
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

/** The document as it will look in Word: same sections, same order, same text. */
export function DocumentPreview({ report }: { report: ReportDocument }) {
  return (
    <article className="page" aria-label="Report">
      <p className="doc-kicker">{report.kicker}</p>
      <h1 className="doc-title">{report.title || 'Untitled session'}</h1>
      {report.subtitle && <p className="doc-subtitle">{report.subtitle}</p>}
      {report.cover.length > 0 && (
        <p className="doc-cover">
          {report.cover.map(([label, value]) => (
            <span key={label}>
              <strong>{label}:</strong> {value}
            </span>
          ))}
        </p>
      )}
      {report.sections.map((section) => {
        const Heading = section.level === 1 ? 'h2' : section.level === 2 ? 'h3' : 'h4';
        return (
          <section key={section.id} aria-label={section.heading} className={`doc-level-${section.level}`}>
            <Heading>
              {section.heading}
              {section.drafted && <span className="badge">draft from statements</span>}
            </Heading>
            {section.blocks.map((block, i) => (
              <Block key={i} block={block} />
            ))}
          </section>
        );
      })}
    </article>
  );
}

type Format = 'docx' | 'md' | 'json';
const SAVED: Record<Format, string> = {
  docx: 'Report saved to',
  md: 'Markdown saved to',
  json: 'Session file saved to',
};

/** The Report tab: an editor for every section beside a live preview of the document, and the exports. */
export function ReportPreview({ session, change }: { session: Session; change?: ChangeFn }) {
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  const onError = useCallback((text: string) => setStatus({ error: true, text }), []);
  const apply = useReportChange(change, session.id, onError);

  useEffect(() => {
    let alive = true;
    call('getSettings', {}).then(
      (settings) => alive && setPreferences(settings.preferences),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);

  const report = useMemo(
    () => buildReport(session, { fora: preferences.fora, nowMs: Date.now() }),
    [session, preferences.fora],
  );

  const exportAs = async (format: Format) => {
    setBusy(true);
    setStatus(null);
    try {
      // Let a field being edited commit first (blur), so the export has it.
      (document.activeElement as HTMLElement | null)?.blur?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { file } = await call('exportReport', { id: session.id, format });
      setStatus(file ? { error: false, text: `${SAVED[format]} ${file}` } : null);
    } catch (error) {
      setStatus({ error: true, text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="report" aria-labelledby="report-heading">
      <div className="toolbar report-toolbar">
        <h2 id="report-heading">Report</h2>
        <div className="report-exports">
          <button type="button" onClick={() => void exportAs('docx')} disabled={busy}>
            Export DOCX…
          </button>
          <button type="button" className="secondary" onClick={() => void exportAs('md')} disabled={busy}>
            Export Markdown…
          </button>
          <button type="button" className="secondary" onClick={() => void exportAs('json')} disabled={busy}>
            Export session JSON…
          </button>
        </div>
      </div>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'success'}>
          {status.text}
        </p>
      )}
      <div className="report-layout">
        <div className="report-editor" aria-label="Report editor" role="region">
          <EditorCard
            id="facts"
            title="Session facts and people"
            doc={report}
            copyId="facts"
            hint="Read-only here; edit them in Setup."
          >
            <Block block={report.sections[0]!.blocks[0]!} />
            <div className="copy-row">
              <CopyButton
                label="People"
                caption="Copy people as text"
                text={() => sectionToPlainText(report, 'people')}
              />
            </div>
          </EditorCard>
          <ItemsEditor
            session={session}
            section="keyTakeaway"
            limit={preferences.keyTakeawayLimit}
            change={apply}
            doc={report}
          />
          <ItemsEditor
            session={session}
            section="callToAction"
            limit={preferences.callToActionLimit}
            change={apply}
            doc={report}
          />
          <EditorCard
            id="key-issues"
            title="Key issues raised"
            doc={report}
            copyId="key-issues"
            hint={MARKDOWN_HINT}
          >
            <MarkdownField
              label="Key issues raised"
              value={session.report.keyIssues}
              rows={5}
              onCommit={(keyIssues) => apply([{ type: 'report.update', patch: { keyIssues } }])}
            />
          </EditorCard>
          <SummariesEditor session={session} change={apply} doc={report} />
          <WayForwardEditor session={session} change={apply} doc={report} preferences={preferences} />
          <ParticipationEditor session={session} change={apply} doc={report} />
          <EditorCard id="annex" title="Annex" doc={report}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={session.report.includeAnnex}
                onChange={(e) =>
                  apply([{ type: 'report.update', patch: { includeAnnex: e.target.checked } }])
                }
              />{' '}
              Include the full tagged statement log as an annex
            </label>
          </EditorCard>
        </div>
        <div className="report-preview" role="region" aria-label="Preview" tabIndex={0}>
          <DocumentPreview report={report} />
        </div>
      </div>
    </section>
  );
}
