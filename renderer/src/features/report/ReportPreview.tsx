import { useCallback, useMemo, useState } from 'react';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat } from '../../../../shared/report/formats';
import { useT } from '../../i18n';
import { buildReport } from '../../../../shared/report/reportModel';
import { ReportLanguage } from './ReportLanguage';
import { sectionToPlainText } from '../../../../shared/report/plainText';
import { call, messageOf } from '../../desk';
import { CopyButton } from './CopyButton';
import { Block, DocumentPreview } from './DocumentPreview';
import { EditorCard, MarkdownField } from './editors/EditorCard';
import { ItemsEditor } from './editors/ItemsEditor';
import { ParticipationEditor } from './editors/ParticipationEditor';
import { SummariesEditor } from './editors/SummariesEditor';
import { WayForwardEditor } from './editors/WayForwardEditor';
import { useReportChange } from './useReportChange';
import { useOpenSession } from '../../state/SessionProvider';
import { usePreferences } from '../../state/usePreferences';
import { useSessionDraft } from '../../state/useSessionDraft';
import { reportDrafts } from '../../../../shared/drafting/output';
import './report.css';

/** The Report tab: an editor for every section beside a live preview of the document, and the exports. */
export function ReportPreview() {
  const { t } = useT('report');
  const { session, change } = useOpenSession();
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { preferences } = usePreferences();
  const onError = useCallback((text: string) => setStatus({ error: true, text }), []);
  const apply = useReportChange(change, session.id, onError);

  const draft = useSessionDraft(session.id, session.updatedAt);
  const drafts = useMemo(() => (draft ? reportDrafts(draft) : undefined), [draft]);
  const report = useMemo(
    () => buildReport(session, { fora: preferences.fora, nowMs: Date.now(), drafts }),
    [session, preferences.fora, drafts],
  );

  const exportAs = async (format: ExportFormat) => {
    setBusy(true);
    setStatus(null);
    try {
      // Let a field being edited commit first (blur), so the export has it.
      (document.activeElement as HTMLElement | null)?.blur?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { file } = await call('exportReport', { id: session.id, format });
      setStatus(file ? { error: false, text: t(`exports.${format}.saved`, { file }) } : null);
    } catch (error) {
      setStatus({ error: true, text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="report" aria-labelledby="report-heading">
      <div className="toolbar report-toolbar">
        <h2 id="report-heading">{t('heading')}</h2>
        <div className="report-exports">
          <ReportLanguage session={session} change={apply} />
          {EXPORT_FORMAT_IDS.map((format) => (
            <button
              key={format}
              type="button"
              className={EXPORT_FORMATS[format].primary ? undefined : 'secondary'}
              onClick={() => void exportAs(format)}
              disabled={busy}
            >
              {t(`exports.${format}.button`)}
            </button>
          ))}
        </div>
      </div>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'success'}>
          {status.text}
        </p>
      )}
      <div className="report-layout">
        <div className="report-editor" aria-label={t('editorRegion')} role="region">
          <ItemsEditor
            draft={draft}
            session={session}
            section="keyTakeaway"
            limit={preferences.keyTakeawayLimit}
            change={apply}
            doc={report}
          />
          <ItemsEditor
            draft={draft}
            session={session}
            section="callToAction"
            limit={preferences.callToActionLimit}
            change={apply}
            doc={report}
          />
          <EditorCard
            id="key-issues"
            title={t('keyIssues')}
            doc={report}
            copyId="key-issues"
            hint={t('markdownHint')}
          >
            <MarkdownField
              label={t('keyIssues')}
              value={session.report.keyIssues}
              rows={5}
              onCommit={(keyIssues) => apply([{ type: 'report.update', patch: { keyIssues } }])}
            />
          </EditorCard>
          <SummariesEditor session={session} change={apply} doc={report} drafts={drafts} />
          <WayForwardEditor session={session} change={apply} doc={report} preferences={preferences} />
          <ParticipationEditor session={session} change={apply} doc={report} />
          <EditorCard id="annex" title={t('annex.title')} doc={report}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={session.report.includeAnnex}
                onChange={(e) =>
                  apply([{ type: 'report.update', patch: { includeAnnex: e.target.checked } }])
                }
              />{' '}
              {t('annex.include')}
            </label>
          </EditorCard>
          {/* Last: the tab opens on what the rapporteur writes; these are edited in Setup. */}
          <EditorCard id="facts" title={t('facts.title')} doc={report} copyId="facts" hint={t('facts.hint')}>
            {/* The document's own table, so in the report's language like the preview. */}
            <div lang={report.language} dir={report.dir}>
              <Block block={report.sections[0]!.blocks[0]!} report={report} />
            </div>
            <div className="copy-row">
              <CopyButton
                label={t('facts.people')}
                caption={t('facts.copyPeople')}
                text={() => sectionToPlainText(report, 'people')}
              />
            </div>
          </EditorCard>
        </div>
        <div className="report-preview" role="region" aria-label={t('previewRegion')} tabIndex={0}>
          {/* The document in its own language and direction (an Arabic report reads right to left). */}
          <div lang={report.language} dir={report.dir}>
            <DocumentPreview report={report} />
          </div>
        </div>
      </div>
    </section>
  );
}
