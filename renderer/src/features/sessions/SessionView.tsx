import { useState } from 'react';
import { CapturePanel } from '../capture/CapturePanel';
import { ReportPreview } from '../report/ReportPreview';
import { SetupEditor } from '../setup/SetupEditor';
import { TimerPanel } from '../timer/TimerPanel';
import { SessionProvider, useOpenSession, useSaveStatus } from '../../state/SessionProvider';
import { useSessionMenu } from './useSessionMenu';
import { MergeNotice } from './MergeNotice';
import { describeArrived, useCopyMerges } from './useCopyMerges';
import { VersionsDialog } from './VersionsDialog';
import { TeamIndicator } from '../team/JoinDialog';
import { ShareDialog } from '../team/ShareDialog';
import { ErrorBoundary, TabFallback } from '../../common/ErrorBoundary';
import { useLanguage, useT } from '../../i18n';
import { ReadOnlyNotice } from '../../common/ReadOnlyNotice';
import { useReadOnly } from './useReadOnly';

const TABS = ['capture', 'timer', 'report', 'session'] as const;
type Tab = (typeof TABS)[number];

/** Reads the save state itself, so a save's outcome re-renders this line and not the open session. */
function SaveIndicator() {
  const { save, retry: retrySave, reloadFromDisk: reload } = useSaveStatus();
  const retry = () => void retrySave();
  const reloadFromDisk = () => void reload();
  const { t } = useT('sessions');
  const { format } = useLanguage();
  if (save.kind === 'conflict')
    return (
      <span role="alert" className="save failed">
        {t('save.conflict')}{' '}
        <button type="button" className="link-button" onClick={reloadFromDisk}>
          {t('save.loadTheirs')}
        </button>
      </span>
    );
  if (save.kind === 'read-only')
    return (
      <span role="status" className="save failed">
        {t('save.readOnly')}{' '}
        <button type="button" className="link-button" onClick={retry}>
          {t('save.retry')}
        </button>
      </span>
    );
  if (save.kind === 'failed')
    return (
      <span role="alert" className="save failed">
        {t('save.failed', { message: save.message })}
        {save.retrying ? ` ${t('save.retrying')}` : ''}{' '}
        <button type="button" className="link-button" onClick={retry}>
          {t('save.retry')}
        </button>
      </span>
    );
  return (
    <span role="status" className={`save ${save.kind}`}>
      {save.kind !== 'saving'
        ? t('save.saved')
        : save.total
          ? t('save.savingCount', {
              count: save.total,
              done: format.number(save.done ?? 0),
              total: format.number(save.total),
            })
          : t('save.saving')}
    </span>
  );
}

/** Asked again after each save's outcome; its own component for the same reason as SaveIndicator. */
function SessionReadOnlyNotice({ id }: { id: string }) {
  const { save } = useSaveStatus();
  const readOnly = useReadOnly(id, save.kind);
  return <ReadOnlyNotice message={readOnly} />;
}

export function SessionView({
  id,
  notice,
  onBack,
  onReload,
}: {
  id: string;
  notice?: string;
  onBack: () => void;
  /** Loads the session again from disk, e.g. after a saved version was restored. */
  onReload: (notice: string) => void;
}) {
  const { t } = useT('sessions');
  return (
    <SessionProvider
      id={id}
      fallback={({ loadError }) =>
        loadError ? (
          <main className="session-view">
            <p role="alert" className="error">
              {loadError}
            </p>
            <button type="button" onClick={onBack}>
              {t('view.backToSessions')}
            </button>
          </main>
        ) : (
          <main className="session-view" aria-busy="true" />
        )
      }
    >
      <OpenSessionView id={id} notice={notice} onBack={onBack} onReload={onReload} />
    </SessionProvider>
  );
}

function OpenSessionView({
  id,
  notice,
  onBack,
  onReload,
}: {
  id: string;
  notice?: string;
  onBack: () => void;
  onReload: (notice: string) => void;
}) {
  const { t } = useT('app');
  const { t: ts } = useT('sessions');
  const { session } = useOpenSession();
  const [tab, setTab] = useState<Tab>('capture');
  const [showVersions, setShowVersions] = useState(false);
  const menu = useSessionMenu(id, session.facts.title, session.facts.code, tab, setTab);
  const [showShare, setShowShare] = useState(false);
  const copies = useCopyMerges(id);

  return (
    <main className="session-view">
      <header className="session-header">
        <button type="button" className="secondary" onClick={onBack}>
          {ts('view.back')}
        </button>
        <h1 dir="auto">
          {session.facts.code && <span className="code">{session.facts.code}</span>}{' '}
          {session.facts.title || ts('untitled')}
        </h1>
        <SaveIndicator />
        <TeamIndicator sessionId={id} />
        <button type="button" className="secondary" onClick={() => setShowShare(true)}>
          {ts('view.share')}
        </button>
        <button type="button" className="secondary" onClick={() => setShowVersions(true)}>
          {ts('view.versions')}
        </button>
      </header>
      {showShare && <ShareDialog sessionId={id} onClose={() => setShowShare(false)} />}
      {showVersions && (
        <VersionsDialog
          sessionId={id}
          onClose={() => setShowVersions(false)}
          onRestored={() => onReload(ts('view.restored'))}
        />
      )}
      <SessionReadOnlyNotice id={id} />
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {copies.error && (
        <p role="alert" className="error">
          {copies.error}
        </p>
      )}
      {copies.merged && (
        <MergeNotice
          merged={copies.merged}
          onDismiss={copies.dismiss}
          onUndone={() => onReload(ts('merge.undone'))}
        />
      )}
      {copies.arrived.length > 0 && (
        <div role="status" className="notice merge-notice">
          {copies.arrived.map((m) => (
            <p key={m.file}>{describeArrived(m, ts)}</p>
          ))}
          <button type="button" className="link-button" onClick={copies.dismiss}>
            {ts('merge.dismiss')}
          </button>
        </div>
      )}
      {menu.status && (
        <p role={menu.status.error ? 'alert' : 'status'} className={menu.status.error ? 'error' : 'notice'}>
          {menu.status.text}
        </p>
      )}
      <div role="tablist" aria-label={t('tabs.label')} className="tabs">
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel">
        <ErrorBoundary
          key={tab}
          fallback={(_, reset) => <TabFallback name={t(`tabs.${tab}`)} reset={reset} />}
        >
          {tab === 'capture' && <CapturePanel />}
          {tab === 'timer' && <TimerPanel />}
          {tab === 'report' && <ReportPreview />}
          {tab === 'session' && <SetupEditor />}
        </ErrorBoundary>
      </div>
    </main>
  );
}
