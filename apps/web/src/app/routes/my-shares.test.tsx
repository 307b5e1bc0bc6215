import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import type { Role } from '@porthole/contract';
import { fakeFetch } from '../../testing/fake-fetch.ts';
import { aSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { aShare } from '../../features/shares/testing/share-fixtures.ts';
import { appRoutes } from '../router.tsx';

function renderAs(role: Role) {
  fakeFetch({
    'GET /api/session': { body: aSession({ name: 'alice', role }) },
    'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
    'GET /api/regions': { body: { items: [] } },
    'GET /api/regions/cn-hangzhou/instances': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
    'GET /api/shares': { body: { items: [aShare()] } },
  });
  return renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances' });
}

describe('the My shares page', () => {
  it('is linked from the header for every signed-in user; only admins may list all users', async () => {
    const { router } = renderAs('viewer');
    fireEvent.click(await screen.findByRole('link', { name: 'My shares' }));
    expect(await screen.findByRole('heading', { name: 'My shares' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/shares');
    expect(await screen.findByText('web-01')).toBeTruthy();
    expect(screen.queryByRole('switch', { name: 'All users' })).toBeNull();
  });

  it('offers admins the switch to every user\'s links', async () => {
    renderAs('admin');
    fireEvent.click(await screen.findByRole('link', { name: 'My shares' }));
    expect(await screen.findByRole('switch', { name: 'All users' })).toBeTruthy();
  });
});
