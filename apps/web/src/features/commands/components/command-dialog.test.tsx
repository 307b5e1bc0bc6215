import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CreateCommandBody } from '@porthole/contract';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aCommand, aCommandList } from '../testing/command-fixtures.ts';
import { typeScript } from '../../../components/script-editor/script-editor-testing.ts';
import { CommandsLibrary } from './commands-library.tsx';

const listPath = '/api/regions/cn-hangzhou/commands';

function renderLibrary() {
  return renderApp(<CommandsLibrary region="cn-hangzhou" canOperate />, { url: '/regions/cn-hangzhou/commands', path: '/regions/:region/commands' });
}

async function openNewCommand() {
  fireEvent.click(await screen.findByRole('button', { name: 'New command' }));
  const dialog = await screen.findByRole('dialog');
  within(dialog).getByText('New command');
  return dialog;
}

const posts = (requests: Request[]) => Promise.all(requests.filter((r) => r.method === 'POST').map((r) => r.clone().json() as Promise<CreateCommandBody>));

describe('the command dialog', () => {
  it('finds the {{parameters}} as the script is typed, built-ins left out', async () => {
    fakeFetch({ [`GET ${listPath}`]: { body: aCommandList([]) } });
    renderLibrary();
    const dialog = await openNewCommand();
    expect(within(dialog).getByText('Parameters: none')).toBeTruthy();
    await typeScript('Content', 'echo {{greeting}} {{ACS::InstanceName}}', dialog);
    expect(await within(dialog).findByText('Parameters: greeting')).toBeTruthy();
    await typeScript('Content', 'echo {{greeting}} {{target}} {{Greeting}}', dialog);
    expect(await within(dialog).findByText('Parameters: greeting, target')).toBeTruthy();
  });

  it('creates with one client token per intent: a retry after a refusal resends it, nothing typed is lost', async () => {
    let attempts = 0;
    const { requests } = fakeFetch({
      [`GET ${listPath}`]: { body: aCommandList([]) },
      [`POST ${listPath}`]: () =>
        ++attempts === 1
          ? { status: 502, body: { error: { code: 'CLOUD_UNAVAILABLE', message: 'The cloud did not answer', statusCode: 502, requestId: 'req-1' } } }
          : { status: 201, body: aCommand({ name: 'greet' }) },
    });
    renderLibrary();
    const dialog = await openNewCommand();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'greet' } });
    await typeScript('Content', 'echo "hello {{who}}"', dialog);
    fireEvent.click(within(dialog).getByRole('switch', { name: 'Use parameters' }));
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: 'Timeout (seconds)' }), { target: { value: '120' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText('The cloud did not answer')).toBeTruthy();
    expect((within(dialog).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('greet');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Created greet')).toBeTruthy();

    const [first, second] = await posts(requests);
    expect(first).toEqual({
      clientToken: expect.stringMatching(/^[0-9a-f]{32}$/),
      name: 'greet',
      type: 'RunShellScript',
      content: 'echo "hello {{who}}"',
      enableParameter: true,
      timeoutSeconds: 120,
    });
    expect(second).toEqual(first);
  });

  it('treats changed values as a new intent with a new token', async () => {
    let attempts = 0;
    const { requests } = fakeFetch({
      [`GET ${listPath}`]: { body: aCommandList([]) },
      [`POST ${listPath}`]: () =>
        ++attempts === 1
          ? { status: 400, body: { error: { code: 'BAD_REQUEST', message: 'Name taken', statusCode: 400, requestId: 'req-1' } } }
          : { status: 201, body: aCommand({ name: 'greet-2' }) },
    });
    renderLibrary();
    const dialog = await openNewCommand();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'greet' } });
    await typeScript('Content', 'echo hi', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Name taken')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'greet-2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Created greet-2')).toBeTruthy();
    const [first, second] = await posts(requests);
    expect(second?.clientToken).not.toBe(first?.clientToken);
  });

  it('edits the fields the cloud lets change, with the type fixed', async () => {
    const greet = aCommand({ workingDir: '/srv' });
    const { requests } = fakeFetch({
      [`GET ${listPath}`]: { body: aCommandList([greet]) },
      [`PATCH ${listPath}/c-hz01greet`]: { body: { ...greet, description: 'Greets someone' } },
    });
    renderLibrary();
    const row = (await screen.findByText('greet')).closest('tr');
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    within(dialog).getByText('Edit command');
    expect(within(dialog).getByRole('combobox', { name: 'Type' }).closest('.ant-select-disabled')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Description' }), { target: { value: 'Greets someone' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved greet')).toBeTruthy();
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1));
    expect(await requests.find((r) => r.method === 'PATCH')?.json()).toEqual({
      name: 'greet',
      description: 'Greets someone',
      content: 'echo "hello {{who}}"',
      workingDir: '/srv',
      timeoutSeconds: 60,
    });
  });
});
