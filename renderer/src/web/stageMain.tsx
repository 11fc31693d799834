import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../presenter/presenter.css';
import { StagePage } from './StagePage';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StagePage />
  </StrictMode>,
);
