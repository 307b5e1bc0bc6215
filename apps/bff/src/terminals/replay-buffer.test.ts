import { describe, expect, it } from 'vitest';
import { ReplayBuffer } from './replay-buffer.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (chunks: Uint8Array[] | undefined) => (chunks === undefined ? undefined : new TextDecoder().decode(Buffer.concat(chunks)));

describe('ReplayBuffer', () => {
  it('gives exactly the bytes after an offset, across chunk boundaries', () => {
    const buffer = new ReplayBuffer(100);
    buffer.append(bytes('hello '));
    buffer.append(bytes('world'));
    expect(text(buffer.since(0))).toBe('hello world');
    expect(text(buffer.since(3))).toBe('lo world');
    expect(text(buffer.since(6))).toBe('world');
    expect(text(buffer.since(11))).toBe('');
    expect(buffer.since(12)).toBeUndefined();
  });

  it('keeps at most its capacity and refuses offsets it no longer holds', () => {
    const buffer = new ReplayBuffer(8);
    buffer.append(bytes('0123456'));
    buffer.append(bytes('789abc'));
    expect(buffer.heldBytes).toBe(8);
    expect(buffer.start).toBe(5);
    expect(buffer.end).toBe(13);
    expect(text(buffer.since(5))).toBe('56789abc');
    expect(buffer.since(4)).toBeUndefined();
  });

  it('copies what it is given (socket buffers are reused)', () => {
    const buffer = new ReplayBuffer(10);
    const chunk = bytes('abc');
    buffer.append(chunk);
    chunk[0] = 0x7a;
    expect(text(buffer.since(0))).toBe('abc');
  });
});
