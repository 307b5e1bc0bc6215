import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeFetch } from '../testing/fake-fetch.ts';
import { anInstanceList, aSession } from '../testing/fixtures.ts';
import { renderApp } from '../testing/render-app.tsx';
import { appRoutes } from './router.tsx';

const regions = {
  items: [
    { id: 'cn-hangzhou', name: 'China (Hangzhou)', status: 'available' },
    { id: 'cn-shanghai', name: 'China (Shanghai)', status: 'available' },
  ],
};

function fakeBff() {
  return fakeFetch({
    'GET /api/session': { body: aSession() },
    'GET /api/meta': { body: { cloudMode: 'local', version: '0.0.0' } },
    'GET /api/regions': { body: regions },
    'GET /api/regions/cn-hangzhou/instances': { body: anInstanceList([]) },
    'GET /api/regions/cn-shanghai/instances': { body: anInstanceList([]) },
    'GET /api/regions/cn-shanghai/container-groups': { body: { items: [], total: 0 } },
  });
}

async function choose(combobox: string, option: string) {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: combobox }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the app shell', () => {
  it('sends / to the default region and shows the local-cloud badge', async () => {
    fakeBff();
    const { router } = renderApp(null, { routes: appRoutes, url: '/' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/regions/cn-hangzhou/instances'));
    expect(await screen.findByText('Local cloud')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Instances' })).toBeTruthy();
  });

  it('keeps the section when the region changes, and remembers the region for /', async () => {
    fakeBff();
    const { router } = renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/container-groups' });
    await choose('Region', 'China (Shanghai) (cn-shanghai)');
    await waitFor(() => expect(router.state.location.pathname).toBe('/regions/cn-shanghai/container-groups'));
    await router.navigate('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/regions/cn-shanghai/instances'));
  });

  it('switches every text to Chinese and remembers the choice', async () => {
    const { requests } = fakeBff();
    renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances' });
    await screen.findByText('Local cloud');
    await choose('Language', '简体中文');
    expect(await screen.findByText('本地云')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '实例' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '地域' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '搜索实例' })).toBeTruthy();
    expect(localStorage.getItem('porthole.language')).toBe('zh-CN');
    // Region names come localised from the cloud, so the list is asked for again in Chinese.
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/api/regions?lang=zh-CN'))).toBe(true));
  });

  it('shows a not-found page for unknown paths and invalid regions', async () => {
    fakeBff();
    renderApp(null, { routes: appRoutes, url: '/nowhere' });
    expect(await screen.findByText('Page not found')).toBeTruthy();
  });

  it('refuses a region id that is not one', async () => {
    fakeBff();
    renderApp(null, { routes: appRoutes, url: '/regions/NOT_A_REGION/instances' });
    expect(await screen.findByText('Page not found')).toBeTruthy();
  });
});
