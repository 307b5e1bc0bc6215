import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aUser } from '../testing/user-fixtures.ts';
import { UsersList } from './users-list.tsx';

const alice = aUser({ id: 'u-1', name: 'alice', scope: { regions: ['cn-hangzhou'], tag: null } });

function renderList() {
  return renderApp(<UsersList regionOptions={[{ value: 'cn-hangzhou', label: 'China (Hangzhou)' }]} />, {
    url: '/admin/users',
    path: '/admin/users',
  });
}

// Found without a name: under test rc-component ids collide (see create-user-dialog.test.tsx).
async function openFromRow(button: string, title: string) {
  fireEvent.click(await screen.findByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog');
  within(dialog).getByText(title);
  return dialog;
}

describe("a user's row dialogs", () => {
  it('resets a password', async () => {
    const { requests } = fakeFetch({
      'GET /api/users': { body: { items: [alice] } },
      'POST /api/users/u-1/password': { status: 204 },
    });
    renderList();
    const dialog = await openFromRow('Reset password of alice', 'Reset password of alice');
    fireEvent.change(within(dialog).getByLabelText('New password'), { target: { value: 'a-brand-new-secret' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(await requests.find((r) => r.method === 'POST')?.json()).toEqual({ password: 'a-brand-new-secret' });
    expect(await screen.findByText('Reset the password of alice')).toBeTruthy();
  });

  it('edits the scope, starting from the current one', async () => {
    const { requests } = fakeFetch({
      'GET /api/users': { body: { items: [alice] } },
      'PATCH /api/users/u-1': { body: { ...alice, scope: { regions: ['cn-hangzhou'], tag: { key: 'team', value: 'db' } } } },
    });
    renderList();
    const dialog = await openFromRow('Edit scope of alice', 'Edit scope of alice');
    expect(within(dialog).getByText('China (Hangzhou)')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Instance tag key'), { target: { value: 'team' } });
    fireEvent.change(within(dialog).getByLabelText('Instance tag value'), { target: { value: 'db' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1));
    expect(await requests.find((r) => r.method === 'PATCH')?.json()).toEqual({
      scope: { regions: ['cn-hangzhou'], tag: { key: 'team', value: 'db' } },
    });
  });
});
