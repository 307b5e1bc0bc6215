import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Role } from '@porthole/contract';
import { fakeFetch, type FakeReply } from '../testing/fake-fetch.ts';
import { anInstanceList, aSession } from '../testing/fixtures.ts';
import { renderApp } from '../testing/render-app.tsx';
import { appRoutes } from './router.tsx';

const sessionEnded: FakeReply = {
  status: 401,
  body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first', statusCode: 401, requestId: 'req-1' } },
};
const instancesPath = '/api/regions/cn-hangzhou/instances';

function fakeBff(session: FakeReply, instances: FakeReply = { body: anInstanceList([]) }) {
  return fakeFetch({
    'GET /api/session': session,
    'GET /api/auth/methods': { body: { password: true, oidc: null } },
    'POST /api/session': { body: aSession({ name: 'alice' }) },
    'DELETE /api/session': { status: 204 },
    'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
    'GET /api/regions': { body: { items: [] } },
    [`GET ${instancesPath}`]: instances,
  });
}

const signedIn = (role: Role = 'viewer') => ({ body: aSession({ name: 'alice', role }) });

describe('signing in and out', () => {
  it('sends a signed-out visitor to sign-in and back to the page they asked for', async () => {
    fakeBff(sessionEnded);
    const { router } = renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances?status=Running' });
    expect(await screen.findByRole('heading', { name: 'Sign in to Porthole' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/regions/cn-hangzhou/instances?status=Running')}`);

    fireEvent.change(screen.getByRole('textbox', { name: 'User name' }), { target: { value: 'alice' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Instances' })).toBeTruthy();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/regions/cn-hangzhou/instances?status=Running');
  });

  it('goes back to sign-in, keeping the page, when the session ends while using the app', async () => {
    fakeBff(signedIn(), sessionEnded);
    const { router } = renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances' });
    expect(await screen.findByRole('heading', { name: 'Sign in to Porthole' })).toBeTruthy();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/regions/cn-hangzhou/instances')}`);
  });

  it('signs out from the account menu with the CSRF token and forgets the session', async () => {
    const { requests } = fakeBff(signedIn());
    const { router, queryClient } = renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances' });
    fireEvent.click(await screen.findByRole('button', { name: 'Account: alice' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Porthole' })).toBeTruthy();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/sign-in');
    const signOut = requests.find((r) => r.method === 'DELETE');
    expect(signOut?.headers.get('x-csrf-token')).toBe('csrf-test-token');
    expect(queryClient.getQueryCache().find({ queryKey: ['meta'] })).toBeUndefined();
  });

  it('opens the account page from the account menu', async () => {
    fakeBff(signedIn('operator'));
    const { router } = renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances' });
    fireEvent.click(await screen.findByRole('button', { name: 'Account: alice' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'My account' }));
    expect(await screen.findByRole('heading', { name: 'My account' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/account');
    expect(screen.getByText('Operator')).toBeTruthy();
  });
});

describe('the header by role', () => {
  it('shows the admin links to admins only', async () => {
    fakeBff(signedIn('admin'));
    renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances' });
    expect((await screen.findByRole('link', { name: 'Users' })).getAttribute('href')).toBe('/admin/users');
    expect(screen.getByRole('link', { name: 'Audit log' }).getAttribute('href')).toBe('/admin/audit');
  });

  it('hides them from operators', async () => {
    fakeBff(signedIn('operator'));
    renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances' });
    await screen.findByRole('heading', { name: 'Instances' });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Users' })).toBeNull());
    expect(screen.queryByRole('link', { name: 'Audit log' })).toBeNull();
  });
});
