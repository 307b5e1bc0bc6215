import { describe, expect, it } from 'vitest';
import { OutputCursor } from './output-cursor.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('OutputCursor', () => {
  it('passes chunks in order through and counts them', () => {
    const cursor = new OutputCursor();
    expect(text(cursor.accept(0, bytes('hello ')).fresh)).toBe('hello ');
    expect(text(cursor.accept(6, bytes('world')).fresh)).toBe('world');
    expect(cursor.received).toBe(11);
  });

  it('trims a replay that overlaps what the screen has', () => {
    const cursor = new OutputCursor();
    cursor.accept(0, bytes('abcdef'));
    const { fresh, gap } = cursor.accept(3, bytes('defghi'));
    expect(text(fresh)).toBe('ghi');
    expect(gap).toBe(0);
    expect(cursor.received).toBe(9);
  });

  it('drops a replay entirely inside what was received', () => {
    const cursor = new OutputCursor();
    cursor.accept(0, bytes('abcdef'));
    expect(cursor.accept(1, bytes('bcd')).fresh.byteLength).toBe(0);
    expect(cursor.accept(0, bytes('abcdef')).fresh.byteLength).toBe(0);
    expect(cursor.received).toBe(6);
  });

  it('reports bytes the relay could not replay', () => {
    const cursor = new OutputCursor();
    cursor.accept(0, bytes('abc'));
    const { fresh, gap } = cursor.accept(10, bytes('xyz'));
    expect(text(fresh)).toBe('xyz');
    expect(gap).toBe(7);
    expect(cursor.received).toBe(13);
  });

  it('rebuilds the stream exactly from any mix of overlapping replays', () => {
    const stream = bytes('The quick brown fox jumps over the lazy dog, twice over.');
    const cursor = new OutputCursor();
    let screen = '';
    // Chunks as a relay might send them after several reconnects: each starts at or before the cursor.
    const cuts: [number, number][] = [[0, 10], [4, 18], [18, 18], [12, 30], [30, 31], [0, 40], [35, stream.length]];
    for (const [start, end] of cuts) screen += text(cursor.accept(start, stream.subarray(start, end)).fresh);
    expect(screen).toBe(text(stream));
  });
});
