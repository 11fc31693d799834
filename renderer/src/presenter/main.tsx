import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Presenter } from './Presenter';
import './presenter.css';

const sessionId = new URLSearchParams(window.location.search).get('session') ?? '';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Presenter sessionId={sessionId} />
  </StrictMode>,
);
