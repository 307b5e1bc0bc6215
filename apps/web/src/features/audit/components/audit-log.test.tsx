import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AuditEntry, AuditPage } from '@porthole/contract';
import { fakeFetch, queriesTo } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import type { ConnectAuditLive } from '../live/audit-live-transport.ts';
import { anAuditEntry } from '../testing/audit-fixtures.ts';
import { fakeAuditTransport } from '../testing/fake-audit-transport.ts';
import { AuditLog } from './audit-log.tsx';

const reboot = anAuditEntry({ id: 'a-2', startedAt: '2026-11-24T10:05:00.000Z', cloudRequestId: 'CLOUD-REBOOT' });
const created = anAuditEntry({
  id: 'a-1',
  userName: 'admin',
  action: 'user.create',
  regionId: null,
  instanceId: null,
  target: 'user:olivia',
  cloudRequestId: null,
});
const users = [
  { value: 'u-0', label: 'admin' },
  { value: 'u-1', label: 'olivia' },
];

function renderLog(url = '/admin/audit', connectLive?: ConnectAuditLive) {
  return renderApp(<AuditLog userOptions={users} connectLive={connectLive} />, { url, path: '/admin/audit' });
}

function pageReply(pages: Record<string, AuditPage>) {
  return (request: Request) => ({ body: pages[new URL(request.url).searchParams.get('cursor') ?? ''] ?? { items: [] } });
}

const rowOf = async (text: string) => {
  const cell = await screen.findByText(text);
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row with ${text}`);
  return row;
};

async function choose(combobox: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: combobox }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('AuditLog', () => {
  it('shows who did what, where, with which outcome and cloud RequestId', async () => {
    fakeFetch({ 'GET /api/audit': { body: { items: [reboot, created] } } });
    renderLog();
    const row = await rowOf('CLOUD-REBOOT');
    expect(within(row).getByText('olivia')).toBeTruthy();
    expect(within(row).getByText('instance.reboot')).toBeTruthy();
    expect(within(row).getByText('cn-hangzhou')).toBeTruthy();
    expect(within(row).getByText('i-bp1web01')).toBeTruthy();
    expect(within(row).getByText('Succeeded')).toBeTruthy();
    expect(within(row).getByRole('time').getAttribute('title')).toBe('2026-11-24T10:05:00.000Z');
    expect(within(await rowOf('user:olivia')).getByText('user.create')).toBeTruthy();
  });

  it('sends the filters to the server and keeps them in the URL, and the export link follows', async () => {
    const { requests } = fakeFetch({ 'GET /api/audit': { body: { items: [reboot] } } });
    const { router } = renderLog('/admin/audit?outcome=failed');
    await rowOf('CLOUD-REBOOT');
    expect(Object.fromEntries(queriesTo(requests, '/api/audit')[0] ?? [])).toEqual({ outcome: 'failed' });

    await choose('Action', 'Reboot instance');
    await choose('User', 'olivia');
    fireEvent.change(screen.getByRole('textbox', { name: 'Instance ID' }), { target: { value: 'i-bp1web01' } });

    await waitFor(() => expect(queriesTo(requests, '/api/audit').at(-1)?.get('instanceId')).toBe('i-bp1web01'), { timeout: 2000 });
    const expected = { outcome: 'failed', action: 'instance.reboot', userId: 'u-1', instanceId: 'i-bp1web01' };
    expect(Object.fromEntries(queriesTo(requests, '/api/audit').at(-1) ?? [])).toEqual(expected);
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual(expected);

    const exportLink = screen.getByRole('button', { name: 'Export JSON lines' });
    const href = new URL(exportLink.getAttribute('href') ?? '', 'http://localhost');
    expect(href.pathname).toBe('/api/audit/export');
    expect(Object.fromEntries(href.searchParams)).toEqual(expected);
    expect(exportLink.hasAttribute('download')).toBe(true);
  });

  it('asks for older entries with the cursor, and goes back to the newest', async () => {
    const { requests } = fakeFetch({
      'GET /api/audit': pageReply({ '': { items: [reboot], nextCursor: 'c-2' }, 'c-2': { items: [created] } }),
    });
    const { router } = renderLog('/admin/audit?action=user.create');
    await rowOf('CLOUD-REBOOT');
    fireEvent.click(screen.getByRole('button', { name: 'Older entries' }));

    await rowOf('user:olivia');
    expect(queriesTo(requests, '/api/audit').at(-1)?.get('cursor')).toBe('c-2');
    expect(queriesTo(requests, '/api/audit').at(-1)?.get('action')).toBe('user.create');
    expect(new URLSearchParams(router.state.location.search).get('cursor')).toBe('c-2');
    expect(screen.queryByRole('button', { name: 'Older entries' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Newest entries' }));
    await rowOf('CLOUD-REBOOT');
    expect(router.state.location.search).toBe('?action=user.create');
  });

  it('writes live entries into the newest page, ignores malformed frames, and closes the socket when switched off', async () => {
    fakeFetch({ 'GET /api/audit': { body: { items: [reboot] } } });
    const fake = fakeAuditTransport();
    const connect = vi.fn<ConnectAuditLive>(() => fake.transport);
    const { unmount } = renderLog('/admin/audit', connect);
    await rowOf('CLOUD-REBOOT');
    expect(connect).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('switch', { name: 'Live' }));
    expect(connect).toHaveBeenCalledWith('ws://localhost:3000/api/audit/live');
    const pushed: AuditEntry = anAuditEntry({ id: 'a-3', startedAt: '2026-11-24T10:06:00.000Z', cloudRequestId: 'CLOUD-LIVE' });
    act(() => {
      fake.push('{"type":"entry","entry":{"id":"broken"}}');
      fake.push(JSON.stringify({ type: 'entry', entry: pushed }));
    });

    await rowOf('CLOUD-LIVE');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).queryByText(/^CLOUD-/)?.textContent)).toEqual(['CLOUD-LIVE', 'CLOUD-REBOOT']);

    fireEvent.click(screen.getByRole('switch', { name: 'Live' }));
    expect(fake.state.closed).toBe(true);
    unmount();
  });

  it('closes the live socket on unmount', async () => {
    fakeFetch({ 'GET /api/audit': { body: { items: [] } } });
    const fake = fakeAuditTransport();
    const { unmount } = renderLog('/admin/audit', () => fake.transport);
    fireEvent.click(await screen.findByRole('switch', { name: 'Live' }));
    expect(fake.state.closed).toBe(false);
    unmount();
    expect(fake.state.closed).toBe(true);
  });
});
