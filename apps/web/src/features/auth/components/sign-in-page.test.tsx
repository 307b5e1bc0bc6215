import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import type { ErrorCode } from '@porthole/contract';
import { fakeFetch, type FakeReply } from '../../../testing/fake-fetch.ts';
import { aSession } from '../../../testing/fixtures.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { SignInPage } from './sign-in-page.tsx';

const signedOut: FakeReply = {
  status: 401,
  body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first', statusCode: 401, requestId: 'req-1' } },
};
const passwordOnly = { body: { password: true, oidc: null } };

function failure(status: number, code: ErrorCode, message: string): FakeReply {
  return { status, body: { error: { code, message, statusCode: status, requestId: 'req-2' } } };
}

function renderSignIn(url = '/sign-in') {
  const routes = [
    { path: '/sign-in', element: <SignInPage /> },
    { path: '*', element: <p>Signed-in page</p> },
  ];
  return renderApp(null, { routes, url });
}

async function signInAs(name: string, password: string) {
  fireEvent.change(await screen.findByRole('textbox', { name: 'User name' }), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('signs in with the typed credentials and goes to next', async () => {
    const { requests } = fakeFetch({
      'GET /api/session': signedOut,
      'GET /api/auth/methods': passwordOnly,
      'POST /api/session': { body: aSession({ name: 'alice' }) },
    });
    const { router, queryClient } = renderSignIn('/sign-in?next=%2Fregions%2Fcn-shanghai%2Finstances');
    expect(screen.getByRole('heading', { name: 'Sign in to Porthole' })).toBeTruthy();
    await signInAs('alice', 'correct horse battery');
    expect(await screen.findByText('Signed-in page')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/regions/cn-shanghai/instances');
    const post = requests.find((r) => r.method === 'POST');
    expect(await post?.json()).toEqual({ name: 'alice', password: 'correct horse battery' });
    expect(queryClient.getQueryData(['session'])).toMatchObject({ user: { name: 'alice' } });
  });

  it('shows the BFF message for wrong credentials and stays on the page', async () => {
    fakeFetch({
      'GET /api/session': signedOut,
      'GET /api/auth/methods': passwordOnly,
      'POST /api/session': failure(401, 'INVALID_CREDENTIALS', 'The user name or password is wrong.'),
    });
    const { router } = renderSignIn();
    await signInAs('alice', 'nope');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Wrong user name or password');
    expect(alert.textContent).toContain('The user name or password is wrong.');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('says when sign-in is throttled', async () => {
    fakeFetch({
      'GET /api/session': signedOut,
      'GET /api/auth/methods': passwordOnly,
      'POST /api/session': failure(429, 'SIGN_IN_THROTTLED', 'Too many attempts; try again in 30 seconds.'),
    });
    renderSignIn();
    await signInAs('alice', 'guess');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Too many sign-in attempts');
    expect(alert.textContent).toContain('try again in 30 seconds');
  });

  it('asks for both fields before sending anything', async () => {
    const { requests } = fakeFetch({ 'GET /api/session': signedOut, 'GET /api/auth/methods': passwordOnly });
    renderSignIn();
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your user name')).toBeTruthy();
    expect(screen.getByText('Enter your password')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('shows an error passed back by a redirect, and the single sign-on link', async () => {
    fakeFetch({
      'GET /api/session': signedOut,
      'GET /api/auth/methods': { body: { password: true, oidc: { label: 'Sign in with Corp SSO', startUrl: '/api/auth/oidc/start' } } },
    });
    renderSignIn('/sign-in?error=oidc-no-role');
    expect((await screen.findByRole('alert')).textContent).toContain('has no Porthole role');
    expect((await screen.findByRole('link', { name: 'Sign in with Corp SSO' })).getAttribute('href')).toBe('/api/auth/oidc/start');
  });

  it('shows a generic failure for an unknown redirect error, never the text it carries', async () => {
    fakeFetch({ 'GET /api/session': signedOut, 'GET /api/auth/methods': passwordOnly });
    renderSignIn('/sign-in?error=%3Cb%3Eprovider%20says%20hi%3C%2Fb%3E');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sign-in failed');
    expect(alert.textContent).not.toContain('provider says hi');
  });

  it('never follows next off the site', async () => {
    fakeFetch({ 'GET /api/session': { body: aSession() }, 'GET /api/auth/methods': passwordOnly });
    const { router } = renderSignIn('/sign-in?next=%2F%2Fevil.example%2F');
    expect(await screen.findByText('Signed-in page')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
  });
});
