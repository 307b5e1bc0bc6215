import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { fakeFetch, type FakeReply } from '../../testing/fake-fetch.ts';
import { aSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { aSharedView } from '../../features/shares/testing/share-fixtures.ts';
import { appRoutes } from '../router.tsx';

const token = 'tok_AAAAAAAAAAAAAAAAAAAAAA';
const signedOut: FakeReply = {
  status: 401,
  body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first', statusCode: 401, requestId: 'req-1' } },
};
const signedIn: FakeReply = { body: aSession({ name: 'bob', role: 'viewer' }) };

function openLink(session: FakeReply, view: FakeReply) {
  const fake = fakeFetch({
    'GET /api/session': session,
    'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
    'GET /api/auth/methods': { body: { password: true, oidc: null } },
    [`GET /api/shared/${token}`]: view,
  });
  return { ...fake, ...renderApp(null, { routes: appRoutes, url: `/shared/${token}` }) };
}

const refusal = (status: number, code: string): FakeReply => ({
  status,
  body: { error: { code, message: 'refused', statusCode: status, requestId: 'req-2' } },
});

describe('a shared log link', () => {
  it('shows a public snapshot to an anonymous visitor, read-only and without a way into the app', async () => {
    openLink(signedOut, { body: aSharedView({}, { visibility: 'public', redactions: 1 }) });

    expect(await screen.findByRole('heading', { name: 'Shared console output of web-01' })).toBeTruthy();
    expect(screen.getByText('cloud-init fails here')).toBeTruthy();
    expect(screen.getByText(/^Shared by alice on /)).toBeTruthy();
    expect(screen.getByText('Lines 100–140 are highlighted.')).toBeTruthy();
    expect(screen.getByText('1 secret was replaced by a marker.')).toBeTruthy();
    expect(screen.getByRole('log', { name: 'Console output' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Open instance' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'My shares' })).toBeNull();
  });

  it('links a teammate who may see the instance to its live console, inside the app', async () => {
    openLink(signedIn, { body: aSharedView({ canOpenInstance: true }) });

    const open = await screen.findByRole('link', { name: 'Open instance' });
    expect(open.getAttribute('href')).toBe('/regions/cn-hangzhou/instances/i-bp1web01/console');
    expect(screen.getByRole('link', { name: 'My shares' }).getAttribute('href')).toBe('/shares');
  });

  it.each([
    ['unknown, expired or revoked', refusal(404, 'SHARE_UNAVAILABLE')],
    ['malformed', refusal(400, 'BAD_REQUEST')],
  ])('says only that a %s link is not available', async (_, reply) => {
    openLink(signedIn, reply);
    expect(await screen.findByRole('heading', { name: 'This link is not available' })).toBeTruthy();
    expect(screen.queryByRole('log')).toBeNull();
  });

  it('asks an anonymous visitor of a teammates-only link to sign in, and comes back to the link', async () => {
    const { router } = openLink(signedOut, refusal(401, 'UNAUTHENTICATED'));

    expect(await screen.findByRole('heading', { name: 'Sign in to see this shared log' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Porthole' })).toBeTruthy();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(`/shared/${token}`)}`);
  });
});
