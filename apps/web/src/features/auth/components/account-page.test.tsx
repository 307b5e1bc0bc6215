import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { aSessionUser } from '../../../testing/fixtures.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { AccountPage } from './account-page.tsx';

const passwordPath = 'POST /api/account/password';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function changePassword(current: string, next: string, confirm: string) {
  fill('Current password', current);
  fill('New password', next);
  fill('Confirm new password', confirm);
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('AccountPage', () => {
  it('shows who is signed in', () => {
    fakeFetch({});
    renderApp(<AccountPage user={aSessionUser({ name: 'bob', role: 'operator', scope: { regions: ['cn-shanghai'], tag: null } })} />);
    expect(screen.getByRole('heading', { name: 'My account' })).toBeTruthy();
    expect(screen.getByText('bob')).toBeTruthy();
    expect(screen.getByText('Operator')).toBeTruthy();
    expect(screen.getByText('cn-shanghai')).toBeTruthy();
  });

  it('refuses a new password shorter than 12 characters', async () => {
    const { requests } = fakeFetch({ [passwordPath]: { status: 204 } });
    renderApp(<AccountPage user={aSessionUser()} />);
    changePassword('old password!', 'short-pass1', 'short-pass1');
    expect(await screen.findByText('Use at least 12 characters')).toBeTruthy();
    expect(requests).toHaveLength(0);
  });

  it('refuses a confirmation that does not match', async () => {
    const { requests } = fakeFetch({ [passwordPath]: { status: 204 } });
    renderApp(<AccountPage user={aSessionUser()} />);
    changePassword('old password!', 'a long new password', 'a long new passw0rd');
    expect(await screen.findByText('The new passwords do not match')).toBeTruthy();
    expect(requests).toHaveLength(0);
  });

  it('changes the password and says so', async () => {
    const { requests } = fakeFetch({ [passwordPath]: { status: 204 } });
    renderApp(<AccountPage user={aSessionUser()} />);
    changePassword('old password!', 'a long new password', 'a long new password');
    expect(await screen.findByText('Password changed')).toBeTruthy();
    expect(await requests[0]?.json()).toEqual({ currentPassword: 'old password!', newPassword: 'a long new password' });
    await waitFor(() => expect((screen.getByLabelText('New password') as HTMLInputElement).value).toBe(''));
  });

  it('shows why the BFF refused the change', async () => {
    fakeFetch({
      [passwordPath]: {
        status: 401,
        body: { error: { code: 'INVALID_CREDENTIALS', message: 'The current password is wrong.', statusCode: 401, requestId: 'r' } },
      },
    });
    renderApp(<AccountPage user={aSessionUser()} />);
    changePassword('not my password', 'a long new password', 'a long new password');
    expect(await screen.findByText('The current password is wrong.')).toBeTruthy();
    expect(screen.queryByText('Password changed')).toBeNull();
  });

  it('has no password form for single sign-on users', () => {
    fakeFetch({});
    renderApp(<AccountPage user={aSessionUser({ source: 'oidc' })} />);
    expect(screen.queryByLabelText('New password')).toBeNull();
    expect(screen.getByText('You sign in through single sign-on; change your password there.')).toBeTruthy();
  });
});
