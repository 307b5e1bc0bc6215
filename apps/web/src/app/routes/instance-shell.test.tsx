import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { TerminalSummary } from '@porthole/contract';
import { fakeFetch } from '../../testing/fake-fetch.ts';
import { anInstanceDetail, aSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { appRoutes } from '../router.tsx';

// The real panel draws with xterm.js (a canvas jsdom lacks); its own test covers it.
vi.mock('../../features/terminal/components/terminal-panel.tsx', () => ({
  TerminalPanel: ({ terminal }: { terminal: { targetName: string } }) => <div role="region" aria-label={`Terminal ${terminal.targetName}`} />,
}));

const base = '/api/regions/cn-hangzhou/instances/i-1';

// The open-terminal list lives in sessionStorage, which the shared setup does not clear.
afterEach(() => sessionStorage.clear());

const aTerminal = (overrides: Partial<TerminalSummary> = {}): TerminalSummary => ({
  id: 'term-1',
  kind: 'instance',
  regionId: 'cn-hangzhou',
  targetId: 'i-1',
  targetName: 'web-01',
  containerName: null,
  username: null,
  commandLine: null,
  state: 'reserved',
  endReason: null,
  createdAt: '2026-11-24T21:00:00.000Z',
  socketPath: '/api/terminals/term-1/socket',
  recordingId: null,
  ...overrides,
});

function fakeApi(role: 'operator' | 'viewer') {
  return fakeFetch({
    'GET /api/session': { body: aSession({ role }) },
    'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
    'GET /api/regions': { body: { items: [] } },
    [`GET ${base}`]: { body: anInstanceDetail({ id: 'i-1', name: 'web-01' }) },
    [`POST ${base}/terminals`]: { status: 201, body: aTerminal({ username: 'admin' }) },
    'DELETE /api/terminals/term-1': { status: 204 },
  });
}

describe('shells in the browser', () => {
  it('opens a shell from the Shell tab and keeps it on the Terminals page', async () => {
    const { requests } = fakeApi('operator');
    const { router } = renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances/i-1' });
    fireEvent.click(await screen.findByRole('tab', { name: 'Shell' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/regions/cn-hangzhou/instances/i-1/shell'));

    fireEvent.change(await screen.findByRole('textbox', { name: 'Run as' }), { target: { value: 'admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open shell' }));
    expect(await screen.findByRole('region', { name: 'Terminal web-01' })).toBeTruthy();
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ username: 'admin' });

    fireEvent.click(screen.getByRole('link', { name: 'Terminals' }));
    expect(await screen.findByRole('tab', { name: /web-01/ })).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Terminal web-01' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Close terminal' }));
    expect(await screen.findByText('No open terminals. Open a shell from an instance page.')).toBeTruthy();
    expect(requests.some((request) => request.method === 'DELETE')).toBe(true);
  });

  it('does not let a viewer open a shell', async () => {
    fakeApi('viewer');
    renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances/i-1/shell' });
    const button = await screen.findByRole('button', { name: 'Open shell' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });
});
