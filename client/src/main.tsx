import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from 'react-error-boundary';
import { App } from './App.tsx';
import { createQueryClient } from './api/query-client.ts';
import { AppCrashed } from './components/AppCrashed/AppCrashed.tsx';
import { InvitationPage } from './components/InvitationPage/InvitationPage.tsx';
import { useInvitationLink } from './hooks/useInvitationLink.ts';
import { SessionProvider } from './session/SessionProvider.tsx';
import './styles.css';

/** The explorer, or the page where an invitation link sets a password. */
function Root() {
  const [invitation, done] = useInvitationLink();
  return invitation ? <InvitationPage token={invitation} onDone={done} /> : <App />;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary FallbackComponent={AppCrashed}>
      <QueryClientProvider client={createQueryClient()}>
        <SessionProvider>
          <Root />
        </SessionProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
