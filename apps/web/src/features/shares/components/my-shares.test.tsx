import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, queriesTo } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aShare } from '../testing/share-fixtures.ts';
import { MyShares } from './my-shares.tsx';

const active = aShare({ id: 'sh-1', instanceName: 'web-01', note: 'cloud-init fails here', viewCount: 3 });
const expired = aShare({ id: 'sh-2', instanceId: 'i-bp1db01', instanceName: 'db-01', range: null, note: null, expiresAt: '2020-01-01T00:00:00Z' });
const revoked = aShare({ id: 'sh-3', instanceId: 'i-bp1cache01', instanceName: 'cache-01', revokedAt: '2026-11-24T11:00:00Z' });

const rowOf = async (name: string) => {
  const row = (await screen.findByText(name)).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('MyShares', () => {
  it('lists each link with its range, note, visibility, views and state; only live links can be revoked', async () => {
    fakeFetch({ 'GET /api/shares': { body: { items: [active, expired, revoked] } } });
    renderApp(<MyShares canSeeAll={false} />);

    const activeRow = await rowOf('web-01');
    expect(within(activeRow).getByText('Lines 100–140')).toBeTruthy();
    expect(within(activeRow).getByText('cloud-init fails here')).toBeTruthy();
    expect(within(activeRow).getByText('Signed-in teammates')).toBeTruthy();
    expect(within(activeRow).getByText('3')).toBeTruthy();
    expect(within(activeRow).getByText('Active')).toBeTruthy();
    expect(within(activeRow).getByRole('button', { name: 'Revoke' })).toBeTruthy();

    const expiredRow = await rowOf('db-01');
    expect(within(expiredRow).getByText('Whole log')).toBeTruthy();
    expect(within(expiredRow).getByText('Expired')).toBeTruthy();
    expect(within(expiredRow).queryByRole('button', { name: 'Revoke' })).toBeNull();
    expect(within(await rowOf('cache-01')).getByText('Revoked')).toBeTruthy();
    expect(screen.queryByRole('switch', { name: 'All users' })).toBeNull();
  });

  it('revokes after confirming with a DELETE and re-reads the list', async () => {
    let items = [active];
    const { requests } = fakeFetch({
      'GET /api/shares': () => ({ body: { items } }),
      'DELETE /api/shares/sh-1': () => {
        items = [{ ...active, revokedAt: '2026-11-24T12:00:00Z' }];
        return { status: 204 };
      },
    });
    renderApp(<MyShares canSeeAll={false} />);
    fireEvent.click(within(await rowOf('web-01')).getByRole('button', { name: 'Revoke' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Revoke this link?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));

    await waitFor(() => expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1));
    expect(await screen.findByText('Link revoked')).toBeTruthy();
    expect(await within(await rowOf('web-01')).findByText('Revoked')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'GET')).toHaveLength(2);
  });

  it('lets an admin list every user\'s links, with who shared each', async () => {
    const { requests } = fakeFetch({
      'GET /api/shares': (request) =>
        new URL(request.url).searchParams.get('all') === 'true'
          ? { body: { items: [active, aShare({ id: 'sh-9', instanceName: 'api-01', createdBy: 'bob' })] } }
          : { body: { items: [active] } },
    });
    renderApp(<MyShares canSeeAll />);
    await rowOf('web-01');
    expect(screen.queryByRole('columnheader', { name: 'Shared by' })).toBeNull();

    fireEvent.click(screen.getByRole('switch', { name: 'All users' }));
    expect(within(await rowOf('api-01')).getByText('bob')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Shared by' })).toBeTruthy();
    expect(queriesTo(requests, '/api/shares').map((query) => query.get('all'))).toEqual([null, 'true']);
  });
});
