// What the explorer shows when something in it breaks: what happened, in words, and a way back.
// The error boundary (react-error-boundary, in main.tsx) shows it instead of a blank page.
import type { FallbackProps } from 'react-error-boundary';
import { errorMessage } from '../../api/client.ts';

export function AppCrashed({ error, resetErrorBoundary }: FallbackProps) {
  const detail = errorMessage(error);
  return (
    <main className="app-crashed" role="alert">
      <h1>Something in the explorer broke</h1>
      <p>Nothing you recorded is lost: every write is saved on the server as soon as it is confirmed.</p>
      <p className="muted small">What broke: {detail}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={resetErrorBoundary}>
          Try again
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    </main>
  );
}
