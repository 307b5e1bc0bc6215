import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aUser } from '../testing/user-fixtures.ts';
import { UsersList } from './users-list.tsx';

function renderList() {
  return renderApp(
    <UsersList
      regionOptions={[
        { value: 'cn-hangzhou', label: 'China (Hangzhou)' },
        { value: 'cn-shanghai', label: 'China (Shanghai)' },
      ]}
    />,
    { url: '/admin/users', path: '/admin/users' },
  );
}

async function openCreateDialog() {
  fireEvent.click(await screen.findByRole('button', { name: 'Create user' }));
  // Not found by name: under test, rc-component gives every element the id "test-id", so with
  // selects in the table the dialog's aria-labelledby points at one of them.
  const dialog = await screen.findByRole('dialog');
  within(dialog).getByText('Create user');
  return dialog;
}

function fill(dialog: HTMLElement, label: string, value: string) {
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
}

async function choose(dialog: HTMLElement, combobox: string, option: string) {
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: combobox }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('creating a user', () => {
  it('sends the name, password, role and scope, closes and re-reads the list', async () => {
    const created = aUser({ id: 'u-9', name: 'olivia', role: 'operator' });
    const { requests } = fakeFetch({
      'GET /api/users': { body: { items: [] } },
      'POST /api/users': { status: 201, body: created },
    });
    renderList();
    const dialog = await openCreateDialog();
    fill(dialog, 'User name', 'olivia');
    fill(dialog, 'Password', 'olivia-operator-pass');
    await choose(dialog, 'Role', 'Operator');
    await choose(dialog, 'Regions', 'China (Shanghai)');
    fill(dialog, 'Instance tag key', 'team');
    fill(dialog, 'Instance tag value', 'web');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(await requests.find((r) => r.method === 'POST')?.json()).toEqual({
      name: 'olivia',
      password: 'olivia-operator-pass',
      role: 'operator',
      scope: { regions: ['cn-shanghai'], tag: { key: 'team', value: 'web' } },
    });
    expect(await screen.findByText('Created olivia')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(requests.filter((r) => r.method === 'GET')).toHaveLength(2));
  });

  it('sends no scope for an unrestricted user, and refuses a short password before sending', async () => {
    const { requests } = fakeFetch({
      'GET /api/users': { body: { items: [] } },
      'POST /api/users': { status: 201, body: aUser({ name: 'victor' }) },
    });
    renderList();
    const dialog = await openCreateDialog();
    fill(dialog, 'User name', 'victor');
    fill(dialog, 'Password', 'short');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('At least 12 characters')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    fill(dialog, 'Password', 'victor-viewer-pass');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(await requests.find((r) => r.method === 'POST')?.json()).toEqual({
      name: 'victor',
      password: 'victor-viewer-pass',
      role: 'viewer',
    });
  });

  it('shows USER_NAME_TAKEN in the dialog and keeps what was typed', async () => {
    fakeFetch({
      'GET /api/users': { body: { items: [aUser({ name: 'alice' })] } },
      'POST /api/users': {
        status: 409,
        body: { error: { code: 'USER_NAME_TAKEN', message: 'alice exists', statusCode: 409, requestId: 'req-7' } },
      },
    });
    renderList();
    const dialog = await openCreateDialog();
    fill(dialog, 'User name', 'alice');
    fill(dialog, 'Password', 'alice-second-pass');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText('That user name is already taken')).toBeTruthy();
    expect(within(dialog).getByText('USER_NAME_TAKEN')).toBeTruthy();
    expect((within(dialog).getByLabelText('User name') as HTMLInputElement).value).toBe('alice');
    expect((within(dialog).getByLabelText('Password') as HTMLInputElement).value).toBe('alice-second-pass');
  });
});
