import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeFetch } from '../../testing/fake-fetch.ts';
import { aConsoleOutput, anInstanceDetail, aSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { appRoutes } from '../router.tsx';

const base = '/api/regions/cn-hangzhou/instances/i-1';

describe('the instance page', () => {
  it('shows the instance, its details, and the console output tab', async () => {
    fakeFetch({
      'GET /api/session': { body: aSession({ role: 'operator' }) },
      'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
      'GET /api/regions': { body: { items: [] } },
      [`GET ${base}`]: { body: anInstanceDetail({ id: 'i-1', name: 'web-01', vpcId: 'vpc-main' }) },
      [`GET ${base}/console-output`]: { body: aConsoleOutput('login: ') },
    });
    const { router } = renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances/i-1' });
    expect(await screen.findByRole('heading', { name: 'web-01' })).toBeTruthy();
    expect(screen.getByText('Running')).toBeTruthy();
    expect(screen.getByText('vpc-main')).toBeTruthy();
    expect(screen.queryByText('Local cloud')).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Console output' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/regions/cn-hangzhou/instances/i-1/console'));
    expect((await screen.findByRole('log', { name: 'Console output' })).textContent).toBe('login: ');
    expect(screen.getByRole('heading', { name: 'web-01' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Stop' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows a viewer the power actions disabled', async () => {
    fakeFetch({
      'GET /api/session': { body: aSession({ role: 'viewer' }) },
      'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
      'GET /api/regions': { body: { items: [] } },
      [`GET ${base}`]: { body: anInstanceDetail({ id: 'i-1', name: 'web-01', status: 'Stopped' }) },
    });
    renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances/i-1' });
    await screen.findByRole('heading', { name: 'web-01' });
    const disabled = ['Start', 'Stop', 'Reboot'].map((name) => (screen.getByRole('button', { name }) as HTMLButtonElement).disabled);
    expect(disabled).toEqual([true, true, true]);
  });

  it('shows why an unknown instance cannot be shown', async () => {
    fakeFetch({
      'GET /api/session': { body: aSession({ role: 'operator' }) },
      'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
      'GET /api/regions': { body: { items: [] } },
      [`GET ${base}`]: {
        status: 404,
        body: { error: { code: 'CLOUD_NOT_FOUND', message: 'No instance i-1', statusCode: 404, requestId: 'req-1' } },
      },
    });
    renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances/i-1' });
    expect(await screen.findByText('The cloud resource does not exist')).toBeTruthy();
    expect(screen.getByText('No instance i-1')).toBeTruthy();
  });
});
