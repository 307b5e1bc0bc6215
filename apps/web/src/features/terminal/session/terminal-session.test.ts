import { describe, expect, it } from 'vitest';
import { FakeTransport } from '../testing/fake-transport.ts';
import { ManualClock } from '../testing/manual-clock.ts';
import { PING_INTERVAL_MS, RESUME_TIMEOUT_REASON, STALE_AFTER_PINGS, TerminalSession } from './terminal-session.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const decoder = new TextDecoder();

/** A screen that renders when the test says so, like xterm's asynchronous write callback. */
class FakeScreen {
  text = '';
  pending: (() => void)[] = [];
  write(data: Uint8Array, rendered: () => void) {
    this.text += decoder.decode(data);
    this.pending.push(rendered);
  }
  renderAll() {
    for (const rendered of this.pending.splice(0)) rendered();
  }
}

function setup() {
  const clock = new ManualClock();
  const screen = new FakeScreen();
  const transports: FakeTransport[] = [];
  const session = new TerminalSession({
    connect: (resumeFrom) => {
      const transport = new FakeTransport(resumeFrom);
      transports.push(transport);
      return transport;
    },
    screen,
    clock,
    size: { cols: 80, rows: 24 },
  });
  const current = () => {
    const transport = transports.at(-1);
    if (!transport) throw new Error('no connection yet');
    return transport;
  };
  session.start();
  return { clock, screen, transports, session, current, status: () => session.snapshot.state.status };
}

describe('TerminalSession', () => {
  it('connects, sends its size and becomes connected when the BFF says so', () => {
    const { current, status } = setup();
    expect(status()).toBe('connecting');
    current().open();
    expect(current().sentOf('resize')).toEqual([{ type: 'resize', cols: 80, rows: 24 }]);
    current().serve({ type: 'state', state: 'connected', reason: '' });
    expect(status()).toBe('connected');
  });

  it('acknowledges output only after the screen rendered it', () => {
    const { current, screen } = setup();
    current().open();
    current().serve({ type: 'output', offset: 0, data: bytes('42\r\n') });
    expect(screen.text).toBe('42\r\n');
    expect(current().sentOf('ack')).toEqual([]);
    screen.renderAll();
    expect(current().sentOf('ack')).toEqual([{ type: 'ack', rendered: 4 }]);
  });

  it('reconnects after a drop with resumeFrom and shows no byte twice', () => {
    const { clock, current, transports, screen, status } = setup();
    current().open();
    current().serve({ type: 'state', state: 'connected', reason: '' });
    current().serve({ type: 'output', offset: 0, data: bytes('hello ') });
    current().drop();
    expect(status()).toBe('reconnecting');
    clock.advance(250);
    expect(transports).toHaveLength(2);
    expect(current().resumeFrom).toBe(6);
    current().open();
    expect(status()).toBe('resumed');
    // The relay's replay overlaps what the screen already has.
    current().serve({ type: 'output', offset: 3, data: bytes('lo world') });
    expect(screen.text).toBe('hello world');
  });

  it('backs off between attempts and gives up after a minute', () => {
    const { clock, current, transports, status, session } = setup();
    current().open();
    current().drop();
    for (let i = 0; i < 40 && status() !== 'ended'; i += 1) {
      clock.advance(5000);
      current().drop();
    }
    expect(status()).toBe('ended');
    expect(session.snapshot.state.reason).toBe(RESUME_TIMEOUT_REASON);
    // 250 + 500 + 1000 + 2000 then every 4 s for the rest of the minute: about 18 tries, not one per tick.
    expect(transports.length).toBeGreaterThan(5);
    expect(transports.length).toBeLessThan(25);
    expect(clock.pendingTimers).toBe(0);
  });

  it('ends with the reason the BFF gives, and refuses to come back', () => {
    const { current, status, session, clock, transports } = setup();
    current().open();
    current().serve({ type: 'state', state: 'connected', reason: '' });
    current().serve({ type: 'state', state: 'ended', reason: 'the shell exited' });
    expect(session.snapshot.state).toEqual({ status: 'ended', reason: 'the shell exited' });
    expect(current().closedByClient).toBe(true);
    current().serve({ type: 'state', state: 'connected', reason: '' });
    current().drop();
    clock.advance(60_000);
    expect(status()).toBe('ended');
    expect(transports).toHaveLength(1);
  });

  it('treats the BFF closing deliberately as the end, not a drop', () => {
    const { current, session } = setup();
    current().open();
    current().drop(4410, 'resume impossible');
    expect(session.snapshot.state).toEqual({ status: 'ended', reason: 'resume impossible' });
  });

  it('follows the relay resuming its own upstream', () => {
    const { current, status } = setup();
    current().open();
    current().serve({ type: 'state', state: 'connected', reason: '' });
    current().serve({ type: 'state', state: 'reconnecting', reason: 'upstream dropped' });
    expect(status()).toBe('reconnecting');
    current().serve({ type: 'state', state: 'resumed', reason: '' });
    expect(status()).toBe('resumed');
  });

  it('measures latency with pings and answers the BFF pings', () => {
    const { clock, current, session } = setup();
    current().open();
    const [first] = current().sentOf('ping');
    expect(first).toBeDefined();
    clock.advance(12);
    current().serve({ type: 'pong', id: first?.id ?? 0, sentAt: first?.sentAt ?? 0, upstreamRttMs: 3 });
    expect(session.snapshot.latency).toEqual({ browserMs: 12, upstreamMs: 3 });
    clock.advance(PING_INTERVAL_MS);
    expect(current().sentOf('ping')).toHaveLength(2);
    current().serve({ type: 'ping', id: 7, sentAt: 99 });
    expect(current().sentOf('pong')).toEqual([{ type: 'pong', id: 7, sentAt: 99, upstreamRttMs: null }]);
  });

  it('reconnects when an open socket goes silent, as through a network cut', () => {
    const { clock, current, transports, status } = setup();
    current().open();
    current().serve({ type: 'output', offset: 0, data: bytes('$ ') });
    const silent = current();
    // Pongs keep it alive...
    for (let i = 0; i < STALE_AFTER_PINGS + 1; i += 1) {
      clock.advance(PING_INTERVAL_MS);
      const ping = silent.sentOf('ping').at(-1);
      silent.serve({ type: 'pong', id: ping?.id ?? 0, sentAt: ping?.sentAt ?? 0, upstreamRttMs: null });
    }
    expect(status()).toBe('connected');
    // ...silence does not.
    clock.advance(PING_INTERVAL_MS * (STALE_AFTER_PINGS + 1));
    expect(silent.closedByClient).toBe(true);
    expect(status()).toBe('reconnecting');
    clock.advance(250);
    expect(transports).toHaveLength(2);
    expect(current().resumeFrom).toBe(2);
  });

  it('drops the socket when the browser goes offline and retries at once when it is back', () => {
    const { clock, current, transports, session, status } = setup();
    current().open();
    current().serve({ type: 'output', offset: 0, data: bytes('$ ') });
    const lost = current();
    session.networkLost();
    expect(lost.closedByClient).toBe(true);
    expect(status()).toBe('reconnecting');
    // A retry while still offline fails like any drop and backs off...
    clock.advance(250);
    expect(transports).toHaveLength(2);
    current().drop();
    expect(status()).toBe('reconnecting');
    // ...and coming back online does not wait for the backoff.
    session.networkBack();
    expect(transports).toHaveLength(3);
    expect(current().resumeFrom).toBe(2);
    current().open();
    expect(status()).toBe('resumed');
  });

  it('sends typing at once and large pastes in frames with progress', () => {
    const { current, session, clock } = setup();
    current().open();
    session.input('ls\r');
    expect(current().sentOf('input').map((f) => decoder.decode(f.data))).toEqual(['ls\r']);
    session.input('y'.repeat(5000));
    expect(session.snapshot.paste?.totalBytes).toBe(5000);
    clock.advance(10_000);
    const pasted = current().sentOf('input').slice(1);
    expect(pasted.length).toBeGreaterThan(1);
    expect(pasted.every((f) => f.data.byteLength <= 1024)).toBe(true);
    expect(pasted.map((f) => decoder.decode(f.data)).join('')).toBe('y'.repeat(5000));
    expect(session.snapshot.paste).toBeNull();
  });

  it('stops every timer and listener when disposed', () => {
    const { current, session, clock } = setup();
    current().open();
    session.input('z'.repeat(5000));
    session.dispose();
    expect(current().closedByClient).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });
});
