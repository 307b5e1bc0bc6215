import { describe, expect, it } from 'vitest';
import { decodeTerminalFrame, encodeTerminalFrame, type TerminalFrame } from './terminal-frame.ts';
import { WireRangeError } from './wire-range-error.ts';
import { ascii, fromHex, toHex } from './testing/hex.ts';

// Golden bytes pin the layout documented in terminal-frame.ts: browser and BFF must agree byte for byte.
const GOLDEN: [TerminalFrame, string][] = [
  [{ type: 'input', data: ascii('ls\r') }, '00 6c 73 0d'],
  [{ type: 'output', offset: 2 ** 32 + 5, data: ascii('hi') }, '01 05 00 00 00 01 00 00 00 68 69'],
  [{ type: 'resize', cols: 120, rows: 40 }, '02 78 00 28 00'],
  [{ type: 'ack', rendered: 1024 }, '03 00 04 00 00 00 00 00 00'],
  [{ type: 'ping', id: 7, sentAt: 1.5 }, '04 07 00 00 00 00 00 00 00 00 00 f8 3f'],
  [{ type: 'pong', id: 7, sentAt: 1.5, upstreamRttMs: null }, '05 07 00 00 00 00 00 00 00 00 00 f8 3f 00 00 00 00 00 00 00 00 00'],
  [{ type: 'pong', id: 7, sentAt: 1.5, upstreamRttMs: 2 }, '05 07 00 00 00 00 00 00 00 00 00 f8 3f 01 00 00 00 00 00 00 00 40'],
  [{ type: 'state', state: 'ended', reason: 'Exit' }, '06 04 45 78 69 74'],
  [{ type: 'state', state: 'connecting', reason: '' }, '06 00'],
  [{ type: 'unknown', code: 0x7f, bytes: fromHex('01 02') }, '7f 01 02'],
];

describe('terminal frames', () => {
  it.each(GOLDEN)('encodes and decodes %o', (frame, hex) => {
    const bytes = encodeTerminalFrame(frame);
    expect(toHex(bytes)).toBe(hex);
    expect(decodeTerminalFrame(bytes)).toEqual({ kind: 'ok', value: frame, size: bytes.length });
  });

  it('carries offsets up to 2^53 - 1 and refuses more', () => {
    const max = encodeTerminalFrame({ type: 'output', offset: Number.MAX_SAFE_INTEGER, data: new Uint8Array(0) });
    expect(decodeTerminalFrame(max)).toMatchObject({ kind: 'ok', value: { offset: Number.MAX_SAFE_INTEGER } });
    expect(() => encodeTerminalFrame({ type: 'ack', rendered: 2 ** 53 })).toThrow(WireRangeError);
    expect(decodeTerminalFrame(fromHex('03 00 00 00 00 00 00 20 00'))).toMatchObject({ kind: 'invalid' });
  });

  it('asks for the rest of a cut fixed-size frame and reads past newer trailing fields', () => {
    expect(decodeTerminalFrame(new Uint8Array(0))).toEqual({ kind: 'incomplete', needed: 1 });
    expect(decodeTerminalFrame(fromHex('02 78 00'))).toEqual({ kind: 'incomplete', needed: 5 });
    expect(decodeTerminalFrame(fromHex('01 00'))).toEqual({ kind: 'incomplete', needed: 9 });
    expect(decodeTerminalFrame(fromHex('06'))).toEqual({ kind: 'incomplete', needed: 2 });
    expect(decodeTerminalFrame(fromHex('02 78 00 28 00 ff'))).toEqual({ kind: 'ok', size: 5, value: { type: 'resize', cols: 120, rows: 40 } });
  });

  it('rejects bad states, flags and non-finite times', () => {
    expect(decodeTerminalFrame(fromHex('06 09'))).toMatchObject({ kind: 'invalid' });
    expect(decodeTerminalFrame(fromHex('05 07 00 00 00 00 00 00 00 00 00 f8 3f 02 00 00 00 00 00 00 00 00'))).toMatchObject({ kind: 'invalid' });
    expect(decodeTerminalFrame(fromHex('04 07 00 00 00 00 00 00 00 00 00 f8 7f'))).toMatchObject({ kind: 'invalid' }); // NaN
    expect(() => encodeTerminalFrame({ type: 'ping', id: 1, sentAt: Number.NaN })).toThrow(WireRangeError);
    expect(() => encodeTerminalFrame({ type: 'unknown', code: 1, bytes: new Uint8Array(0) })).toThrow(WireRangeError);
    expect(() => encodeTerminalFrame({ type: 'resize', cols: -1, rows: 2 })).toThrow(WireRangeError);
  });
});
