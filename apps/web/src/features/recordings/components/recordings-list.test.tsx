import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, queriesTo } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aRecording, aRecordingShare } from '../testing/recording-fixtures.ts';
import { RecordingsList } from './recordings-list.tsx';

const mine = [
  aRecording(),
  aRecording({
    id: 'rec-2',
    kind: 'container',
    targetId: 'eci-bp1web',
    targetName: 'web-pods',
    containerName: 'nginx',
    endedAt: null,
    bytes: 5 * 1024 ** 2,
    inputRecorded: true,
  }),
];
const everyone = [...mine, aRecording({ id: 'rec-3', userName: 'bob', targetName: 'db-01' })];

function fakeList() {
  return fakeFetch({
    'GET /api/recordings': (request) => ({
      body: { items: new URL(request.url).searchParams.get('all') === 'true' ? everyone : mine },
    }),
    'POST /api/recordings/rec-2/share': { status: 201, body: aRecordingShare({ redactions: 1 }) },
  });
}

function renderList(canSeeAll: boolean) {
  return renderApp(null, {
    url: '/recordings',
    routes: [
      { path: '/recordings', element: <RecordingsList canSeeAll={canSeeAll} /> },
      { path: '/recordings/:recordingId', element: <p>replay page</p> },
    ],
  });
}

const rowOf = (text: string) => screen.getByText(text).closest('tr') as HTMLElement;

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('the recordings list', () => {
  it('shows target, container, user, start, duration and size, and replays a row', async () => {
    fakeList();
    const { router } = renderList(false);
    await screen.findByText('web-01');
    const first = rowOf('web-01');
    expect(within(first).getByText('Instance · i-bp1web01')).toBeTruthy();
    expect(within(first).getByText('alice')).toBeTruthy();
    expect(within(first).getByText('1 min 23 s')).toBeTruthy();
    expect(within(first).getByText('1.5 kB')).toBeTruthy();
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-24T10:00:00Z');

    const second = rowOf('web-pods');
    expect(within(second).getByText('nginx')).toBeTruthy();
    expect(within(second).getByText('In progress')).toBeTruthy();
    expect(within(second).getByText('5 MB')).toBeTruthy();
    expect(within(second).getByText('Keystrokes recorded')).toBeTruthy();
    // Viewers and operators see only their own: no switch.
    expect(screen.queryByRole('switch', { name: 'All users' })).toBeNull();

    fireEvent.click(within(first).getByRole('button', { name: 'Replay' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/recordings/rec-1'));
  });

  it('lets admins list every user', async () => {
    const { requests } = fakeList();
    renderList(true);
    await screen.findByText('web-01');
    expect(screen.queryByText('db-01')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'All users' }));
    expect(await screen.findByText('db-01')).toBeTruthy();
    expect(queriesTo(requests, '/api/recordings').map((q) => q.get('all'))).toEqual([null, 'true']);
  });

  it('shares a recording as a log view and shows the link', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { requests } = fakeList();
    renderList(false);
    await screen.findByText('web-pods');
    fireEvent.click(within(rowOf('web-pods')).getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog');
    within(dialog).getByText('Output of the session on web-pods');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note' }), { target: { value: ' the crash ' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Expires' }));
    fireEvent.click(await screen.findByRole('option', { name: '7 days' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create link' }));

    const link = (await within(dialog).findByRole('textbox', { name: 'Link' })) as HTMLInputElement;
    expect(link.value).toBe(`${window.location.origin}/shared/tok_RRRRRRRRRRRRRRRRRRRRRR`);
    const post = requests.find((r) => r.method === 'POST');
    expect(await post?.json()).toEqual({ note: 'the crash', visibility: 'signed-in', expiresIn: '7d' });
    expect(within(dialog).getByText('1 secret was replaced by a marker.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(link.value));
  });

  it('shows a failed list with its code', async () => {
    fakeFetch({
      'GET /api/recordings': { status: 403, body: { error: { code: 'FORBIDDEN', message: 'no', statusCode: 403, requestId: 'req-1' } } },
    });
    renderList(true);
    expect(await screen.findByText('FORBIDDEN')).toBeTruthy();
  });
});
