import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Options, Source } from 'asciinema-player';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aCast, aRecording, aRecordingShare } from '../testing/recording-fixtures.ts';
import { RecordingView } from './recording-view.tsx';

// The real player needs a browser's layout and WebAssembly; the test checks what the page asks of it.
interface FakePlayer {
  src: Source;
  opts: Options;
  disposed: boolean;
  currentTime: number;
  emit: (event: string) => void;
}
const players: FakePlayer[] = [];
vi.mock('asciinema-player', () => ({
  create: (src: Source, host: HTMLElement, opts: Options) => {
    const handlers = new Map<string, () => void>();
    const fake: FakePlayer = { src, opts, disposed: false, currentTime: 0, emit: (event) => handlers.get(event)?.() };
    players.push(fake);
    host.textContent = 'player';
    return {
      el: host,
      dispose: () => {
        fake.disposed = true;
      },
      getCurrentTime: () => fake.currentTime,
      getDuration: () => 3,
      play: async () => undefined,
      pause: async () => undefined,
      seek: async () => undefined,
      addEventListener: (event: string, handler: () => void) => handlers.set(event, handler),
    };
  },
}));

const castUrl = '/api/recordings/rec-1/cast';

/** The JSON routes through fakeFetch; the cast as the text the BFF serves, with how it was asked for. */
function fakeBff(cast: { status: number; body: string } = { status: 200, body: aCast }) {
  const json = fakeFetch({
    'GET /api/recordings/rec-1': { body: aRecording({ kind: 'container', targetName: 'web-pods', containerName: 'nginx' }) },
    'POST /api/recordings/rec-1/share': { status: 201, body: aRecordingShare() },
  });
  const castRequests: RequestInit[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) !== castUrl) return json.fetchMock(input, init);
    castRequests.push(init ?? {});
    return new Response(cast.body, { status: cast.status, headers: { 'content-type': 'application/x-asciicast' } });
  });
  return { ...json, castRequests };
}

function renderView() {
  players.length = 0;
  return renderApp(<RecordingView recordingId="rec-1" />);
}

describe('a recording', () => {
  it('names the target and feeds the cast text, fetched with the session cookie, to the player', async () => {
    const { castRequests } = fakeBff();
    renderView();
    expect(await screen.findByRole('heading', { name: 'Recording of web-pods' })).toBeTruthy();
    expect(screen.getByText(/Container nginx/)).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Recording player' })).toBeTruthy();
    await waitFor(() => expect(players).toHaveLength(1));
    expect(players[0]?.src).toEqual({ data: aCast });
    expect(players[0]?.opts).toMatchObject({ speed: 1, startAt: 0, autoPlay: false });
    expect(castRequests[0]?.credentials).toBe('same-origin');
  });

  it('changes speed by replacing the player where the old one was, still playing', async () => {
    fakeBff();
    renderView();
    await waitFor(() => expect(players).toHaveLength(1));
    const first = players[0] as FakePlayer;
    first.emit('play');
    first.currentTime = 1.7;

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Speed' }));
    fireEvent.click(await screen.findByRole('option', { name: '2×' }));

    await waitFor(() => expect(players).toHaveLength(2));
    expect(first.disposed).toBe(true);
    expect(players[1]?.opts).toMatchObject({ speed: 2, startAt: 1.7, autoPlay: true });
  });

  it('starts over at a new speed after the replay ended', async () => {
    fakeBff();
    renderView();
    await waitFor(() => expect(players).toHaveLength(1));
    const first = players[0] as FakePlayer;
    first.emit('play');
    first.currentTime = 3;
    first.emit('ended');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Speed' }));
    fireEvent.click(await screen.findByRole('option', { name: '0.5×' }));
    await waitFor(() => expect(players).toHaveLength(2));
    expect(players[1]?.opts).toMatchObject({ speed: 0.5, startAt: 0, autoPlay: false });
  });

  it('shares the output as a log view', async () => {
    const { requests } = fakeBff();
    renderView();
    fireEvent.click(await screen.findByRole('button', { name: 'Share as log view' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Visibility' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Anyone with the link' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create link' }));
    expect(await within(dialog).findByRole('textbox', { name: 'Link' })).toBeTruthy();
    expect(await requests.find((r) => r.method === 'POST')?.json()).toEqual({ visibility: 'public', expiresIn: '1d' });
  });

  it('shows why the cast could not be read', async () => {
    const envelope = { error: { code: 'NOT_FOUND', message: 'recording rec-1 not found', statusCode: 404, requestId: 'req-404' } };
    fakeBff({ status: 404, body: JSON.stringify(envelope) });
    renderView();
    expect(await screen.findByText('recording rec-1 not found')).toBeTruthy();
    expect(screen.getByText('req-404')).toBeTruthy();
    expect(players).toHaveLength(0);
  });
});
