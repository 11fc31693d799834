import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { JoinDialog } from '../team/JoinDialog';
import type { Response } from '../../../../shared/contract';
import { filterSessions, libraryFacets, type LibraryFilter } from '../../../../shared/library/summary';
import { call, messageOf } from '../../desk';
import { useMenuCommand } from '../../useMenuCommand';
import { findBinding, isTextField } from '../../common/keys';
import { LIST_KEYS } from '../../keymap';
import { LibraryFilters } from './LibraryFilters';
import { MergeNotice, type Merged } from './MergeNotice';
import { describeArrived } from './useCopyMerges';
import { SessionRows } from './SessionRows';
import { useSessionFiles } from './useSessionFiles';
import { LanguagePicker, useLanguage, useT } from '../../i18n';
import { useFieldNames } from '../setup/useFieldNames';
import { ReadOnlyNotice } from '../../common/ReadOnlyNotice';

type Listing = Response<'listSessions'>;

export function SessionList({
  onOpen,
  focusPage = false,
  onFocused,
}: {
  onOpen: (id: string, notice?: string) => void;
  /** File › New from session page…: put the cursor in the page box. */
  focusPage?: boolean;
  onFocused?: () => void;
}) {
  const { t } = useT('sessions');
  const { describe } = useFieldNames();
  const { format } = useLanguage();
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [pageText, setPageText] = useState('');
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [briefStatus, setBriefStatus] = useState<string | null>(null);
  const [joining, setJoining] = useState(false);
  const [filter, setFilter] = useState<LibraryFilter>({ archive: 'active' });
  const [merged, setMerged] = useState<Merged | null>(null);

  const refresh = useCallback(() => {
    call('listSessions', {}).then(setListing, (e: unknown) => setError(messageOf(e)));
  }, []);
  useEffect(refresh, [refresh]);
  // A conflict copy merged as it arrived: its session's summary changed, and the user is told.
  useEffect(
    () =>
      window.desk.on('conflictsMerged', ({ merged: arrived }) =>
        call('listSessions', {}).then(
          (fresh) => setListing({ ...fresh, conflictsMerged: [...fresh.conflictsMerged, ...arrived] }),
          (e: unknown) => setError(messageOf(e)),
        ),
      ),
    [],
  );

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const createBlank = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const session = await call('createSession', { title: title.trim() });
      onOpen(session.id);
    });
  };

  const importPage = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { session, notFound } = await call('importSessionPage', { text: pageText });
      onOpen(session.id, notFound.length ? t('list.imported', { fields: describe(notFound) }) : undefined);
    });
  };

  const duplicate = (id: string) =>
    void run(async () => {
      const copy = await call('duplicateSession', { id });
      onOpen(copy.id, t('list.copied'));
    });

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const all = useMemo(() => listing?.sessions ?? [], [listing]);
  const facets = useMemo(() => libraryFacets(all), [all]);
  const shown = useMemo(() => filterSessions(all, filter), [all, filter]);
  const selectShown = (on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const s of shown) {
        if (on) next.add(s.id);
        else next.delete(s.id);
      }
      return next;
    });
  const files = useSessionFiles(run, refresh);
  // Edit › Undo and Ctrl+Z (outside a text box, which keeps it for its text) put back the session just
  // deleted, as the Undo beside "Moved … to the trash" does.
  const undoLastDelete = useRef<() => void>(() => undefined);
  undoLastDelete.current = () => {
    if (files.undo) files.undoDelete();
  };
  useMenuCommand(['undo'], () => undoLastDelete.current());
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = findBinding(LIST_KEYS, event)?.action;
      if (!action || (action === 'undo' && isTextField(event.target))) return;
      event.preventDefault();
      if (action === 'search') findSessions();
      else undoLastDelete.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const archive = (id: string, archived: boolean) =>
    void run(async () => {
      await call('archiveSessions', { ids: [id], archived });
      refresh();
    });
  const chosen = all.filter((s) => selected.has(s.id)).map((s) => s.id);
  const exportBrief = (format: 'docx' | 'md' | 'csv') =>
    void run(async () => {
      setBriefStatus(null);
      const { file, sessions } = await call('exportBrief', { ids: chosen, format });
      if (file)
        setBriefStatus(
          t(format === 'csv' ? 'list.callsSaved' : 'list.briefSaved', { count: sessions, file }),
        );
    });

  const pageBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!focusPage) return;
    pageBox.current?.focus();
    onFocused?.();
  }, [focusPage, onFocused]);

  const openFile = (mode: 'open' | 'import') =>
    void run(async () => {
      const { id, notice } = await call('openSessionFile', { mode });
      if (id) onOpen(id, notice ?? undefined);
    });

  // File › Export brief…: the ticked sessions, or every session when none is ticked.
  useMenuCommand(['exportBrief'], () => {
    const ids = chosen.length ? chosen : (listing?.sessions.map((s) => s.id) ?? []);
    if (!ids.length) return setError(t('list.noBrief'));
    void run(async () => {
      setBriefStatus(null);
      const { file, sessions } = await call('exportBrief', { ids });
      if (file) setBriefStatus(t('list.briefSaved', { count: sessions, file }));
    });
  });

  const mergeInto = (id: string) =>
    void run(async () => {
      setMerged(null);
      const result = await call('mergeSessionFile', { id });
      if (result.merged) setMerged(result.merged);
      refresh();
    });
  // File › Merge another copy…: into the one ticked session.
  // The commands that act on the open session say so here, rather than doing nothing.
  useMenuCommand(['exportReport', 'revealInFolder', 'toggleStage', 'stageBlackout', 'stageMessage'], () =>
    setError(t('list.openFirst')),
  );
  // Edit › Find (and Ctrl+F, below) on the list: its search box.
  const findSessions = () => document.querySelector<HTMLInputElement>('.library-search input')?.focus();
  useMenuCommand(['find'], findSessions);
  useMenuCommand(['mergeCopy'], () => {
    if (chosen.length !== 1) return setError(t('merge.tickOne'));
    mergeInto(chosen[0]!);
  });

  const chooseWorkspace = () =>
    void run(async () => {
      await call('chooseWorkspace', {});
      refresh();
    });

  return (
    <main className="sessions" aria-labelledby="sessions-heading">
      <div className="sessions-top">
        <h1 id="sessions-heading">{t('heading')}</h1>
        <LanguagePicker />
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ReadOnlyNotice message={listing?.readOnly} />
      {listing?.readOnlyFolders.map((f) => (
        <ReadOnlyNotice key={f.folder} message={f.message} />
      ))}
      <div className="sessions-grid">
        <section aria-labelledby="list-heading" className="card">
          <h2 id="list-heading">{t('list.heading')}</h2>
          <p className="muted">
            {t('list.folder')}{' '}
            <bdi className="path" dir="ltr">
              {listing?.workspaceDir ?? '…'}
            </bdi>{' '}
            <button type="button" className="link-button" onClick={chooseWorkspace} disabled={busy}>
              {t('list.change')}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => setJoining(true)}>
              {t('list.join')}
            </button>
          </p>
          <p className="file-actions">
            <button type="button" className="secondary" onClick={() => openFile('open')} disabled={busy}>
              {t('list.openFile')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => openFile('import')} disabled={busy}>
              {t('list.importJson')}
            </button>
          </p>
          {joining && <JoinDialog onClose={() => setJoining(false)} onJoined={(id) => onOpen(id)} />}
          {listing && listing.sessions.length === 0 && <p>{t('list.empty')}</p>}
          {listing && listing.sessions.length > 0 && (
            <LibraryFilters
              facets={facets}
              filter={filter}
              onChange={setFilter}
              shown={shown.length}
              total={listing.sessions.length}
            />
          )}
          {shown.length > 1 && (
            <label className="select-shown">
              <input
                type="checkbox"
                checked={shown.every((s) => selected.has(s.id))}
                onChange={(e) => selectShown(e.target.checked)}
              />{' '}
              {t('list.selectShown', { count: shown.length })}
            </label>
          )}
          {files.undo && (
            <p role="status" className="notice undo-bar">
              <span>{t('list.trashed', { title: files.undo.title || t('untitled') })}</span>
              <button type="button" className="link-button" onClick={files.undoDelete} disabled={busy}>
                {t('list.undo')}
              </button>
            </p>
          )}
          <SessionRows
            sessions={shown}
            selected={selected}
            busy={busy}
            onToggle={toggle}
            onOpen={(id) => onOpen(id)}
            onDuplicate={duplicate}
            onArchive={archive}
            onRename={files.rename}
            onMerge={mergeInto}
            onDelete={files.remove}
          />
          {merged && (
            <MergeNotice
              merged={merged}
              onDismiss={() => setMerged(null)}
              onUndone={() => {
                setMerged(null);
                setBriefStatus(t('merge.undoneInto', { title: merged.title || t('untitled') }));
                refresh();
              }}
            />
          )}
          {listing && listing.sessions.length > 1 && (
            <p className="brief-bar">
              <button
                type="button"
                onClick={() => exportBrief('docx')}
                disabled={busy || chosen.length === 0}
              >
                {t('list.exportBrief')}
              </button>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => exportBrief('md')}
                disabled={busy || chosen.length === 0}
              >
                {t('list.briefMarkdown')}
              </button>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => exportBrief('csv')}
                disabled={busy || chosen.length === 0}
              >
                {t('list.briefCsv')}
              </button>{' '}
              <span className="muted">
                {chosen.length ? t('list.briefSelected', { count: chosen.length }) : t('list.briefHint')}
              </span>
            </p>
          )}
          {listing && listing.conflictsMerged.length > 0 && (
            <div role="status" className="success">
              {listing.conflictsMerged.map((m) => (
                <p key={m.file}>{describeArrived(m, t)}</p>
              ))}
            </div>
          )}
          {briefStatus && (
            <p role="status" className="success">
              {briefStatus}
            </p>
          )}
          {listing && listing.deleted.length > 0 && (
            <details className="recently-deleted">
              <summary>{t('deleted.heading', { n: format.number(listing.deleted.length) })}</summary>
              <p className="muted">{t('deleted.intro')}</p>
              <ul>
                {listing.deleted.map((d) => {
                  const name = d.title || t('untitled');
                  return (
                    <li key={d.undo}>
                      <span dir="auto">{name}</span>{' '}
                      <span className="muted">
                        {t('deleted.when', { when: format.dateTime(Date.parse(d.deletedAt)) })}
                      </span>{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => files.restoreDeleted(d.undo)}
                        disabled={busy}
                        aria-label={t('deleted.putBackLabel', { name })}
                      >
                        {t('deleted.putBack')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
          {listing && listing.damaged.length > 0 && (
            <div role="status" className="warning">
              <h3>{t('list.damaged')}</h3>
              <p>{t('list.damagedUntouched')}</p>
              <ul>
                {listing.damaged.map((d) => (
                  <li key={d.file}>{d.message}</li>
                ))}
              </ul>
            </div>
          )}
        </section>

        <div className="stack">
          <form className="card" onSubmit={createBlank} aria-labelledby="blank-heading">
            <h2 id="blank-heading">{t('list.blankHeading')}</h2>
            <label htmlFor="new-title">{t('list.title')}</label>
            <input id="new-title" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />
            <button type="submit" disabled={busy}>
              {t('list.create')}
            </button>
          </form>

          <form className="card" onSubmit={importPage} aria-labelledby="import-heading">
            <h2 id="import-heading">{t('list.importHeading')}</h2>
            <label htmlFor="page-text">{t('list.paste')}</label>
            <textarea
              ref={pageBox}
              id="page-text"
              dir="auto"
              rows={10}
              value={pageText}
              onChange={(e) => setPageText(e.target.value)}
            />
            <button type="submit" disabled={busy}>
              {t('list.importPage')}
            </button>
          </form>
        </div>
      </div>
    </main>
  );
}
