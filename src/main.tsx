import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startSession } from './state/session';
import { App } from './ui/App';

// Restore the design (or open a shared link) before the first render, so the first paint shows it.
startSession();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
