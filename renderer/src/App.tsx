import { useEffect, useState } from 'react';
import { call, messageOf } from './desk';
import { SessionList } from './features/sessions/SessionList';
import { SessionView } from './features/sessions/SessionView';
import { I18nProvider, useT } from './i18n';
import { PreferencesProvider } from './state/usePreferences';
import { useMenuCommand } from './useMenuCommand';

type Route = { screen: 'sessions' } | { screen: 'session'; id: string; notice?: string; loads?: number };

export function App() {
  return (
    <PreferencesProvider>
      <I18nProvider>
        <Screens />
      </I18nProvider>
    </PreferencesProvider>
  );
}

function Screens() {
  const { t } = useT('app');
  const [route, setRoute] = useState<Route>({ screen: 'sessions' });
  const [focusPage, setFocusPage] = useState(false);
  // The menu's commands that change the screen.
  useMenuCommand(['openSession', 'showSessions', 'newSession', 'newFromPage'], (event) => {
    if (event.command === 'openSession' && event.sessionId)
      setRoute({ screen: 'session', id: event.sessionId, notice: event.notice });
    else if (event.command === 'showSessions') setRoute({ screen: 'sessions' });
    else if (event.command === 'newFromPage') {
      setFocusPage(true);
      setRoute({ screen: 'sessions' });
    } else if (event.command === 'newSession')
      call('createSession', { title: '' }).then(
        (session) => setRoute({ screen: 'session', id: session.id }),
        (error: unknown) => window.alert(messageOf(error)),
      );
  });
  useEffect(() => {
    if (route.screen === 'sessions') document.title = t('name');
  }, [route.screen, t]);
  return (
    <>
      {route.screen === 'sessions' ? (
        <SessionList
          onOpen={(id, notice) => setRoute({ screen: 'session', id, notice })}
          focusPage={focusPage}
          onFocused={() => setFocusPage(false)}
        />
      ) : (
        <SessionView
          key={`${route.id}:${route.loads ?? 0}`}
          id={route.id}
          notice={route.notice}
          onBack={() => setRoute({ screen: 'sessions' })}
          onReload={(notice) => setRoute({ ...route, notice, loads: (route.loads ?? 0) + 1 })}
        />
      )}
    </>
  );
}
