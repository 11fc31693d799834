import { useEffect, useRef, useState } from 'react';
import type { WindowCommand } from '../../../../shared/menuCommands';
import { parsePresenterState, presenterKey } from '../../../../shared/timer/presenter';
import { call, messageOf } from '../../desk';
import { useMenuCommand } from '../../useMenuCommand';
import { useT } from '../../i18n';
import { STAGE_MESSAGE_ID } from '../timer/StageCard';

export type SessionTab = 'capture' | 'timer' | 'report' | 'session';

const TAB_OF: Partial<Record<WindowCommand, SessionTab>> = {
  showCapture: 'capture',
  showTimer: 'timer',
  showReport: 'report',
  showSetup: 'session',
};

/**
 * What the application menu does while a session is open: the tabs, Export report, Show in folder and
 * the stage screen; and the window's title, which names the session.
 */
export function useSessionMenu(
  id: string,
  /** null while the session loads. */
  title: string | null,
  code: string | null,
  tab: SessionTab,
  setTab: (tab: SessionTab) => void,
): { status: { error: boolean; text: string } | null; clearStatus: () => void } {
  const { t } = useT('sessions');
  const { t: ta } = useT('app');
  const { t: tReport } = useT('report');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const stageOpen = useRef(false);
  // What to focus once the tab asked for is on screen (after its render), found by id: labels change with the language.
  const focusOnShow = useRef<string | null>(null);

  // A session opened where it is, outside the workspace, says so in the title, with its folder.
  const [outside, setOutside] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('locateSession', { id }).then(
      (where) => live && setOutside(where.outside),
      () => undefined,
    );
    return () => void (live = false);
  }, [id]);
  useEffect(() => {
    if (title === null) return;
    const name = [code, title || t('untitled')].filter(Boolean).join(' ');
    const where = outside ? ` (${t('view.outside', { folder: outside })})` : '';
    document.title = `${name}${where} · ${ta('name')}`;
  }, [title, code, outside, t, ta]);
  useEffect(() => () => void (document.title = ta('name')), [ta]);
  useEffect(() => window.desk.on('stageChanged', ({ open }) => void (stageOpen.current = open)), []);

  const attempt = (work: () => Promise<string | null>) =>
    void work().then(
      (text) => setStatus(text ? { error: false, text } : null),
      (error: unknown) => setStatus({ error: true, text: messageOf(error) }),
    );

  // Blackout and Message from another tab: the Timer tab does them (it handles them itself when shown).
  useMenuCommand(['stageBlackout', 'stageMessage'], ({ command }) => {
    if (tab === 'timer') return;
    if (command === 'stageBlackout') {
      const state = parsePresenterState(localStorage.getItem(presenterKey(id)));
      localStorage.setItem(presenterKey(id), JSON.stringify({ ...state, blackout: !state.blackout }));
      setStatus({
        error: false,
        text: t(state.blackout ? 'menu.stageShown' : 'menu.stageBlackedOut'),
      });
    } else focusOnShow.current = STAGE_MESSAGE_ID;
    setTab('timer');
  });
  useEffect(() => {
    if (!focusOnShow.current) return;
    document.getElementById(focusOnShow.current)?.focus();
    focusOnShow.current = null;
  }, [tab]);

  useMenuCommand(
    [
      'showCapture',
      'showTimer',
      'showReport',
      'showSetup',
      'exportReport',
      'exportBrief',
      'revealInFolder',
      'toggleStage',
    ],
    ({ command }) => {
      const tab = TAB_OF[command];
      if (tab) return setTab(tab);
      if (command === 'exportReport')
        return attempt(async () => {
          const { file } = await call('exportReport', { id, format: 'docx' });
          return file ? tReport('exports.docx.saved', { file }) : null;
        });
      // File › Export brief… with a session open: the brief of this session (the list does several).
      if (command === 'exportBrief')
        return attempt(async () => {
          const { file, sessions } = await call('exportBrief', { ids: [id] });
          return file ? t('list.briefSaved', { count: sessions, file }) : null;
        });
      if (command === 'revealInFolder')
        return attempt(async () => {
          const { revealed } = await call('revealSession', { id });
          return revealed ? null : t('menu.revealDesktopOnly');
        });
      if (command === 'toggleStage')
        return attempt(async () => {
          if (stageOpen.current) {
            await call('closePresenter', {});
            return null;
          }
          const { opened } = await call('openPresenter', { sessionId: id });
          return opened ? null : t('menu.stageDesktopOnly');
        });
    },
  );
  return { status, clearStatus: () => setStatus(null) };
}
