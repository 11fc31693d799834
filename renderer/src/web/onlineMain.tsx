import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './online.css';
import { OnlinePage } from './OnlinePage';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OnlinePage />
  </StrictMode>,
);
