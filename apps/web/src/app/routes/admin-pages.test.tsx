import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, queriesTo } from '../../testing/fake-fetch.ts';
import { aSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { aUser } from '../../features/users/testing/user-fixtures.ts';
import { appRoutes } from '../router.tsx';

const olivia = aUser({ name: 'olivia', role: 'operator' });

function fakeBff() {
  return fakeFetch({
    'GET /api/session': { body: aSession({ role: 'admin', name: 'admin' }) },
    'GET /api/meta': { body: { cloudMode: 'local', version: '0.0.0' } },
    'GET /api/regions': { body: { items: [{ id: 'cn-hangzhou', name: 'China (Hangzhou)', status: 'available' }] } },
    'GET /api/users': { body: { items: [olivia] } },
    'GET /api/audit': { body: { items: [] } },
  });
}

describe('the admin pages', () => {
  it('/admin/users lists the users and offers the regions for a scope', async () => {
    fakeBff();
    renderApp(null, { routes: appRoutes, url: '/admin/users' });
    expect(await screen.findByRole('heading', { name: 'Users' })).toBeTruthy();
    expect(await screen.findByRole('cell', { name: 'olivia' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Regions' }));
    expect(await screen.findByRole('option', { name: 'China (Hangzhou) (cn-hangzhou)' })).toBeTruthy();
  });

  it('/admin/audit filters by the users the users list holds', async () => {
    const { requests } = fakeBff();
    renderApp(null, { routes: appRoutes, url: '/admin/audit' });
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeTruthy();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'User' }));
    fireEvent.click(await screen.findByRole('option', { name: 'olivia' }));
    await waitFor(() => expect(queriesTo(requests, '/api/audit').at(-1)?.get('userId')).toBe('u-1'));
  });
});
