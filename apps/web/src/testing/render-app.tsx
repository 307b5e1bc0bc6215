import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import type { Language } from '@porthole/contract';
import { AppProvider } from '../app/provider.tsx';
import { endSession } from '../features/auth/api/get-session.ts';
import { createI18n } from '../lib/i18n.ts';
import { createQueryClient } from '../lib/query-client.ts';

export interface RenderOptions {
  /** The URL the memory router starts at. */
  url?: string;
  /** The route pattern `ui` is mounted at, so it can read params. */
  path?: string;
  language?: Language;
  routes?: RouteObject[];
}

/**
 * Renders with the real providers: the app's query client (without retries), i18n and a memory
 * router. Render `appRoutes` with a `GET /api/session` fake (see aSession) to pass the sign-in guard.
 */
export function renderApp(ui: ReactElement | null, options: RenderOptions = {}) {
  const queryClient = createQueryClient({
    onSessionEnded: endSession,
    // gcTime Infinity: no garbage-collection timers outliving the test.
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false, gcTime: Infinity } },
  });
  const i18n = createI18n(options.language ?? 'en-US');
  const routes = options.routes ?? [{ path: options.path ?? '/', element: ui }];
  const router = createMemoryRouter(routes, { initialEntries: [options.url ?? '/'] });
  const result = render(
    <AppProvider queryClient={queryClient} i18n={i18n}>
      {/* jsdom never ends a CSS transition, so a closing dialog would stay in the DOM forever. */}
      <ConfigProvider theme={{ token: { motion: false } }}>
        <RouterProvider router={router} />
      </ConfigProvider>
    </AppProvider>,
  );
  return { ...result, queryClient, i18n, router };
}
