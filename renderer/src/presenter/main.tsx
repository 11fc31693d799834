import { z } from 'zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../i18n';
import { PreferencesProvider } from '../state/usePreferences';
import { Presenter } from './Presenter';
import './presenter.css';

// zod would probe `new Function`, which the CSP forbids; the interpreter is fast enough here.
z.config({ jitless: true });

const sessionId = new URLSearchParams(window.location.search).get('session') ?? '';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PreferencesProvider>
      <I18nProvider>
        <Presenter sessionId={sessionId} />
      </I18nProvider>
    </PreferencesProvider>
  </StrictMode>,
);
