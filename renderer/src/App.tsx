import { useState } from 'react';
import { SessionList } from './features/sessions/SessionList';
import { SessionView } from './features/sessions/SessionView';
import { PreferencesProvider } from './state/usePreferences';

type Route = { screen: 'sessions' } | { screen: 'session'; id: string; notice?: string; loads?: number };

export function App() {
  const [route, setRoute] = useState<Route>({ screen: 'sessions' });
  return <PreferencesProvider>{screen(route, setRoute)}</PreferencesProvider>;
}

function screen(route: Route, setRoute: (route: Route) => void) {
  return route.screen === 'sessions' ? (
    <SessionList onOpen={(id, notice) => setRoute({ screen: 'session', id, notice })} />
  ) : (
    <SessionView
      key={`${route.id}:${route.loads ?? 0}`}
      id={route.id}
      notice={route.notice}
      onBack={() => setRoute({ screen: 'sessions' })}
      onReload={(notice) => setRoute({ ...route, notice, loads: (route.loads ?? 0) + 1 })}
    />
  );
}
