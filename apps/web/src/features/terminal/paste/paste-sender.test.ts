import { describe, expect, it } from 'vitest';
import { ManualClock } from '../testing/manual-clock.ts';
import { PasteSender, type PasteProgress } from './paste-sender.ts';

const decoder = new TextDecoder();

function setup(options: { chunkBytes?: number; canSend?: () => boolean } = {}) {
  const clock = new ManualClock();
  const sent: string[] = [];
  const progress: (PasteProgress | null)[] = [];
  const sender = new PasteSender({
    send: (chunk) => sent.push(decoder.decode(chunk)),
    canSend: options.canSend ?? (() => true),
    clock,
    bytesPerSecond: 1000,
    chunkBytes: options.chunkBytes ?? 10,
  });
  sender.onProgress((value) => progress.push(value));
  return { clock, sent, progress, sender };
}

describe('PasteSender', () => {
  it('sends the paste in chunks paced by the bandwidth, with progress', () => {
    const { clock, sent, progress, sender } = setup();
    sender.paste('a'.repeat(25));
    expect(sent).toEqual(['a'.repeat(10)]);
    expect(sender.progress).toEqual({ sentBytes: 10, totalBytes: 25 });
    // 10 bytes at 1000 B/s: the next chunk after 10 ms, not before.
    clock.advance(9);
    expect(sent).toHaveLength(1);
    clock.advance(1);
    expect(sent).toHaveLength(2);
    clock.advance(100);
    expect(sent.join('')).toBe('a'.repeat(25));
    expect(progress.at(-1)).toBeNull();
    expect(progress.filter(Boolean).map((p) => p?.sentBytes)).toEqual([0, 10, 20, 25]);
    expect(clock.pendingTimers).toBe(0);
  });

  it('keeps bracketed-paste markers whole and closes the bracket when cancelled', () => {
    const { clock, sent, sender } = setup({ chunkBytes: 10 });
    sender.paste(`\x1b[200~${'x'.repeat(30)}\x1b[201~`);
    clock.advance(10);
    sender.cancel();
    expect(sent[0]?.startsWith('\x1b[200~')).toBe(true);
    expect(sent.at(-1)).toBe('\x1b[201~');
    expect(sender.progress).toBeNull();
    clock.advance(1000);
    expect(sent.join('')).not.toContain('x'.repeat(30));
    expect(clock.pendingTimers).toBe(0);
  });

  it('sends nothing more after cancelling a plain paste', () => {
    const { clock, sent, sender } = setup();
    sender.paste('b'.repeat(50));
    sender.cancel();
    clock.advance(1000);
    expect(sent).toEqual(['b'.repeat(10)]);
  });

  it('waits while the connection is down instead of losing chunks', () => {
    let up = false;
    const { clock, sent, sender } = setup({ canSend: () => up });
    sender.paste('c'.repeat(20));
    clock.advance(2000);
    expect(sent).toEqual([]);
    up = true;
    clock.advance(1000);
    expect(sent.join('')).toBe('c'.repeat(20));
  });
});
