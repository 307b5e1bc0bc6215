import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aUser } from '../testing/user-fixtures.ts';
import { UsersList } from './users-list.tsx';

const admin = aUser({ id: 'u-0', name: 'admin', role: 'admin' });
const alice = aUser({
  id: 'u-1',
  name: 'alice',
  scope: { regions: ['cn-hangzhou'], tag: { key: 'team', value: 'web' } },
});
const bob = aUser({ id: 'u-2', name: 'bob', role: 'operator', source: 'oidc', lockedUntil: '2999-01-01T00:00:00Z' });
const carol = aUser({ id: 'u-3', name: 'carol', disabled: true });

function renderList() {
  return renderApp(<UsersList regionOptions={[{ value: 'cn-hangzhou', label: 'China (Hangzhou)' }]} />, { url: '/admin/users', path: '/admin/users' });
}

const rowOf = async (name: string) => {
  const cell = await screen.findByRole('cell', { name });
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

async function choose(combobox: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: combobox }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('UsersList', () => {
  it('renders a row per user with role, scope, source and status', async () => {
    fakeFetch({ 'GET /api/users': { body: { items: [admin, alice, bob, carol] } } });
    renderList();
    const aliceRow = await rowOf('alice');
    expect(within(aliceRow).getByText('Regions: cn-hangzhou')).toBeTruthy();
    expect(within(aliceRow).getByText('team: web')).toBeTruthy();
    expect(within(aliceRow).getByText('Local')).toBeTruthy();
    expect(within(aliceRow).getByText('Enabled')).toBeTruthy();
    expect(within(aliceRow).getByRole('button', { name: 'Disable alice' })).toBeTruthy();

    const bobRow = await rowOf('bob');
    expect(within(bobRow).getByText('SSO')).toBeTruthy();
    expect(within(bobRow).getByText(/^Locked until/)).toBeTruthy();
    // An SSO user's password is not Porthole's to reset.
    expect(within(bobRow).queryByRole('button', { name: 'Reset password of bob' })).toBeNull();

    const carolRow = await rowOf('carol');
    expect(within(carolRow).getByText('Disabled')).toBeTruthy();
    expect(within(carolRow).getByRole('button', { name: 'Enable carol' })).toBeTruthy();
    expect(within(await rowOf('admin')).getByText('All regions and instances')).toBeTruthy();
  });

  it('changes a role with a PATCH and re-reads the list', async () => {
    let items = [admin, alice];
    const { requests } = fakeFetch({
      'GET /api/users': () => ({ body: { items } }),
      'PATCH /api/users/u-1': async (request) => {
        const body = (await request.clone().json()) as { role: 'operator' };
        items = [admin, { ...alice, role: body.role }];
        return { body: items[1] };
      },
    });
    renderList();
    await rowOf('alice');
    await choose('Role of alice', 'Operator');

    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1));
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(await patch?.json()).toEqual({ role: 'operator' });
    expect(await screen.findByText('alice is now Operator')).toBeTruthy();
    await waitFor(() => expect(requests.filter((r) => r.method === 'GET')).toHaveLength(2));
  });

  it('asks before demoting an admin and sends nothing on Cancel', async () => {
    const { requests } = fakeFetch({ 'GET /api/users': { body: { items: [admin, alice] } } });
    renderList();
    await rowOf('admin');
    await choose('Role of admin', 'Viewer');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Demote admin?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    // (The confirm dialog animates out, which jsdom never finishes, so it is not waited for.)
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
    expect(within(await rowOf('admin')).getByTitle('Admin')).toBeTruthy();
  });

  it('tells why the last admin cannot be demoted', async () => {
    const { requests } = fakeFetch({
      'GET /api/users': { body: { items: [admin] } },
      'PATCH /api/users/u-0': {
        status: 409,
        body: { error: { code: 'LAST_ADMIN', message: 'last admin', statusCode: 409, requestId: 'req-1' } },
      },
    });
    renderList();
    await rowOf('admin');
    await choose('Role of admin', 'Operator');
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Demote' }));
    expect(await screen.findByText('The last admin cannot be demoted or disabled')).toBeTruthy();
    expect(await requests.find((r) => r.method === 'PATCH')?.json()).toEqual({ role: 'operator' });
  });

  it('disables a user', async () => {
    const { requests } = fakeFetch({
      'GET /api/users': { body: { items: [alice] } },
      'PATCH /api/users/u-1': { body: { ...alice, disabled: true } },
    });
    renderList();
    fireEvent.click(within(await rowOf('alice')).getByRole('button', { name: 'Disable alice' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1));
    expect(await requests.find((r) => r.method === 'PATCH')?.json()).toEqual({ disabled: true });
  });
});
