import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aContainerGroup, aContainerTerminal, anExecResult } from '../testing/container-group-fixtures.ts';
import { ContainerGroupActions } from './container-group-actions.tsx';

const terminalsUrl = '/api/regions/cn-hangzhou/container-groups/eci-bp1web/terminals';
const execUrl = '/api/regions/cn-hangzhou/container-groups/eci-bp1web/exec';

function renderActions(canOperate = true) {
  return renderApp(null, {
    url: '/groups',
    routes: [
      { path: '/groups', element: <ContainerGroupActions region="cn-hangzhou" group={aContainerGroup()} canOperate={canOperate} /> },
      { path: '/terminals', element: <p>terminals page</p> },
    ],
  });
}

async function openDialog(button: string, title: string) {
  fireEvent.click(await screen.findByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog');
  within(dialog).getByText(title);
  return dialog;
}

async function choose(dialog: HTMLElement, combobox: string, option: string) {
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: combobox }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const posts = (requests: Request[]) => requests.filter((r) => r.method === 'POST');

describe('container shell', () => {
  it('opens a shell in the chosen container with the chosen shell, then goes to the terminals page', async () => {
    const { requests } = fakeFetch({ [`POST ${terminalsUrl}`]: { status: 201, body: aContainerTerminal() } });
    const { router } = renderActions();
    const dialog = await openDialog('Open shell', 'Open a shell');

    // The first running container and /bin/sh are preselected.
    expect(within(dialog).getByTitle('nginx (Running)')).toBeTruthy();
    expect(within(dialog).getByTitle('/bin/sh')).toBeTruthy();
    await choose(dialog, 'Container', 'sidecar (Running)');
    await choose(dialog, 'Shell', '/bin/bash');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/terminals'));
    expect(router.state.location.search).toBe('?open=term-7');
    expect(await posts(requests)[0]?.json()).toEqual({ containerName: 'sidecar', shell: '/bin/bash' });
  });

  it('shows a refusal in the dialog and stays', async () => {
    fakeFetch({
      [`POST ${terminalsUrl}`]: {
        status: 429,
        body: { error: { code: 'TERMINAL_LIMIT', message: 'too many terminals', statusCode: 429, requestId: 'req-9' } },
      },
    });
    const { router } = renderActions();
    const dialog = await openDialog('Open shell', 'Open a shell');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await within(dialog).findByText('req-9')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/groups');
  });

  it('disables both buttons for viewers', async () => {
    renderActions(false);
    expect((await screen.findByRole('button', { name: 'Open shell' })).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Run command' }).hasAttribute('disabled')).toBe(true);
  });
});

describe('one-shot command', () => {
  it('splits the line like a shell, runs it and shows hostile output as inert text', async () => {
    const hostile = 'total 4\n\u001b]0;pwned\u0007<img src=x onerror="alert(1)"> \u001b[31mred\u001b[0m\n';
    const { requests } = fakeFetch({ [`POST ${execUrl}`]: { body: anExecResult(hostile) } });
    renderActions();
    const dialog = await openDialog('Run command', 'Run in container');

    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Command' }), { target: { value: `ls -la '/var/log dir'` } });
    const preview = await within(dialog).findByTestId('argv-preview');
    expect([...preview.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['ls', '-la', '/var/log dir']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Run' }));

    await waitFor(() => expect(posts(requests)).toHaveLength(1));
    expect(await posts(requests)[0]?.json()).toEqual({ containerName: 'nginx', command: ['ls', '-la', '/var/log dir'] });
    const log = await within(dialog).findByRole('log', { name: 'Output' });
    expect(log.textContent).toContain('<img src=x onerror="alert(1)"> red');
    expect(log.textContent).not.toContain('pwned');
    expect(log.querySelector('img')).toBeNull();
  });

  it('refuses a pipe with a hint instead of sending it', async () => {
    const { requests } = fakeFetch({});
    renderActions();
    const dialog = await openDialog('Run command', 'Run in container');
    await choose(dialog, 'Container', 'sidecar (Running)');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Command' }), { target: { value: 'ps aux | grep nginx' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Run' }));
    expect(await within(dialog).findByText("“|” needs a shell: run it as sh -c '…'")).toBeTruthy();
    expect(posts(requests)).toHaveLength(0);
  });

  it('says so when the command printed nothing, and shows cloud errors', async () => {
    let calls = 0;
    fakeFetch({
      [`POST ${execUrl}`]: () =>
        ++calls === 1
          ? { body: anExecResult('') }
          : { status: 502, body: { error: { code: 'CLOUD_ERROR', message: 'container not running', statusCode: 502, requestId: 'req-3' } } },
    });
    renderActions();
    const dialog = await openDialog('Run command', 'Run in container');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Command' }), { target: { value: 'true' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Run' }));
    expect(await within(dialog).findByText('The command printed nothing.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Run' }));
    expect(await within(dialog).findByText('container not running')).toBeTruthy();
  });
});
