import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import 'antd/dist/reset.css';
import { AppProvider } from './app/provider.tsx';
import { createAppRouter } from './app/router.tsx';
import { endSession } from './features/auth/api/get-session.ts';
import { createI18n, detectLanguage } from './lib/i18n.ts';
import { createQueryClient } from './lib/query-client.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const i18n = createI18n(detectLanguage());
// Screen readers and the browser's own translation offer need to know the page's language.
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language: string) => {
  document.documentElement.lang = language;
});

createRoot(root).render(
  <StrictMode>
    <AppProvider queryClient={createQueryClient({ onSessionEnded: endSession })} i18n={i18n}>
      <RouterProvider router={createAppRouter()} />
    </AppProvider>
  </StrictMode>,
);
