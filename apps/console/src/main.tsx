import '@mantine/core/styles.css';
import './app/console.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ProblemError } from './api/problem';
import { App } from './app/app';
import { SESSION_QUERY, SessionProvider } from './session/session-context';

// Shade 8 of blue keeps white text and blue links at WCAG AA contrast (4.5:1) on white. A
// dialog's close button is an icon: it gets its name here, for every dialog.
const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  components: {
    // A plain object, not Modal.extend: importing Modal here would put it in the first chunk.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});

// A 401 from any service means the gateway's session ended: read the session again, which
// brings the sign-in page. A 4xx will not change by asking again, so only other failures retry.
const onError = (error: Error) => {
  if (error instanceof ProblemError && error.status === 401)
    void queryClient.invalidateQueries({ queryKey: SESSION_QUERY });
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      retry: (failures, error) =>
        !(error instanceof ProblemError && error.status < 500) && failures < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionProvider>
            <App />
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
