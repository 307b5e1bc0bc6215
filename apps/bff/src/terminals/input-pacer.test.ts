import { describe, expect, it } from 'vitest';
import { InputPacer } from './input-pacer.ts';

describe('InputPacer', () => {
  it('sends at once while unpaced', () => {
    const sent: number[] = [];
    const pacer = new InputPacer((frame) => sent.push(frame[0] ?? -1));
    for (let i = 0; i < 5; i += 1) pacer.push(new Uint8Array(5000).fill(i));
    expect(sent).toEqual([0, 1, 2, 3, 4]);
    expect(pacer.queuedBytes).toBe(0);
  });

  it('keeps to the bandwidth after the burst, in order', async () => {
    const sent: { id: number; at: number }[] = [];
    const start = performance.now();
    const pacer = new InputPacer((frame) => sent.push({ id: frame[0] ?? -1, at: performance.now() - start }), 1000);
    pacer.bitsPerSecond = 80_000; // 10 000 bytes/s
    for (let i = 0; i < 6; i += 1) pacer.push(new Uint8Array(1000).fill(i));
    expect(sent.map((s) => s.id)).toEqual([0]);
    expect(pacer.queuedBytes).toBe(5000);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(sent.map((s) => s.id)).toEqual([0, 1, 2, 3, 4, 5]);
    // 5 more frames of 1000 bytes at 10 000 bytes/s: half a second at least.
    expect(sent.at(-1)?.at).toBeGreaterThanOrEqual(480);
  });

  it('forgets what is waiting when cleared', async () => {
    const sent: number[] = [];
    const pacer = new InputPacer((frame) => sent.push(frame.byteLength), 10);
    pacer.bitsPerSecond = 800;
    pacer.push(new Uint8Array(10));
    pacer.push(new Uint8Array(10));
    pacer.clear();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sent).toEqual([10]);
    expect(pacer.queuedBytes).toBe(0);
  });
});
