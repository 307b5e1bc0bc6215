import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { Role } from '@porthole/contract';
import { fakeFetch } from '../../testing/fake-fetch.ts';
import { aSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { RequireRole } from './require-role.tsx';
import { RequireSession } from './require-session.tsx';

function renderAdminPage(role: Role) {
  fakeFetch({ 'GET /api/session': { body: aSession({ role }) } });
  const routes = [
    {
      element: <RequireSession />,
      children: [{ element: <RequireRole role="admin" />, children: [{ path: '/admin/page', element: <h1>Admin page</h1> }] }],
    },
  ];
  return renderApp(null, { routes, url: '/admin/page' });
}

describe('RequireRole', () => {
  it('shows the page to a user with the role', async () => {
    renderAdminPage('admin');
    expect(await screen.findByRole('heading', { name: 'Admin page' })).toBeTruthy();
  });

  it('tells anyone else they are not allowed', async () => {
    renderAdminPage('operator');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Admin page' })).toBeNull();
  });
});
