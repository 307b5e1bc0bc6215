import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeFetch } from '../../testing/fake-fetch.ts';
import { anInstanceDetail, aSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { appRoutes } from '../router.tsx';

const base = '/api/regions/cn-hangzhou/instances/i-1';

describe('the instance screenshot tab', () => {
  it('opens from the tab list and names the image after the instance', async () => {
    fakeFetch({
      'GET /api/session': { body: aSession({ role: 'viewer' }) },
      'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
      'GET /api/regions': { body: { items: [] } },
      [`GET ${base}`]: { body: anInstanceDetail({ id: 'i-1', name: 'web-01' }) },
      [`GET ${base}/screenshot`]: {
        body: { instanceId: 'i-1', imageBase64: 'AAAA', takenAt: '2026-11-24T10:00:00Z', minIntervalSeconds: 10, cloudRequestId: 'C-1' },
      },
    });
    const { router } = renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances/i-1' });
    fireEvent.click(await screen.findByRole('tab', { name: 'Screenshot' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/regions/cn-hangzhou/instances/i-1/screenshot'));
    expect(await screen.findByRole('img', { name: 'Screenshot of web-01' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Screenshot', selected: true })).toBeTruthy();
  });
});
