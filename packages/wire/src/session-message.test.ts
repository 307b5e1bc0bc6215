import { describe, expect, it } from 'vitest';
import { decodeSessionMessage, encodeSessionMessage, SessionMessageType, type SessionMessage } from './session-message.ts';
import { WireRangeError } from './wire-range-error.ts';
import { ascii, fromHex, toHex } from './testing/hex.ts';

// Test vectors from session-protocol-1.02.md §2.2 (timestamp 1 700 000 000 000 ms).
const T = 1_700_000_000_000;
const V102_INPUT = '00 00 00 00 31 2e 30 32 05 63 2d 61 62 63 00 00 68 e5 cf 8b 01 00 00 07 00 00 00 03 00 00 00 03 00 00 00 6c 73 0d';
const V101_INPUT = '00 00 00 00 31 2e 30 31 00 00 00 68 e5 cf 8b 01 00 00 07 00 00 00 00 00 00 00 03 00 00 00 6c 73 0d';

function message(overrides: Partial<SessionMessage>): SessionMessage {
  return { type: 0, schemaVersion: '1.02', sessionId: 'c-abc', instanceId: '', createdAt: T, sequence: 0, payload: new Uint8Array(0), ...overrides };
}

describe('encodeSessionMessage', () => {
  it('writes the 1.02 Input vector (38 bytes)', () => {
    const bytes = encodeSessionMessage(message({ sequence: 7, outputSequence: 3, payload: ascii('ls\r') }));
    expect(toHex(bytes)).toBe(V102_INPUT);
    expect(bytes.length).toBe(38);
  });

  it('writes the 1.01 (CLI) Input vector', () => {
    const bytes = encodeSessionMessage(message({ schemaVersion: '1.01', sessionId: '', sequence: 7, payload: ascii('ls\r') }));
    expect(toHex(bytes)).toBe(V101_INPUT);
  });

  it('writes the 1.02 Status Closed "Exit" vector', () => {
    const bytes = encodeSessionMessage(
      message({ type: SessionMessageType.status, sequence: 8, outputSequence: 12, payload: fromHex('05 45 78 69 74') }),
    );
    expect(toHex(bytes)).toBe('05 00 00 00 31 2e 30 32 05 63 2d 61 62 63 00 00 68 e5 cf 8b 01 00 00 08 00 00 00 0c 00 00 00 05 00 00 00 05 45 78 69 74');
  });

  it('puts the instance id after the channel id, both length-prefixed', () => {
    const bytes = encodeSessionMessage(message({ sessionId: 'c', instanceId: 'i-1', createdAt: 1 }));
    expect(toHex(bytes.subarray(8, 15))).toBe('01 63 03 69 2d 31 01');
  });

  it('refuses what the layout cannot carry', () => {
    expect(() => encodeSessionMessage(message({ payload: new Uint8Array(0x10000) }))).toThrow(WireRangeError);
    expect(() => encodeSessionMessage(message({ sequence: 2 ** 32 }))).toThrow(WireRangeError);
    expect(() => encodeSessionMessage(message({ createdAt: 0 }))).toThrow(WireRangeError);
    expect(() => encodeSessionMessage(message({ sessionId: 'x'.repeat(256) }))).toThrow(WireRangeError);
    expect(() => encodeSessionMessage(message({ schemaVersion: '1.01', outputSequence: 1 }))).toThrow(WireRangeError);
    // 1.01 carries an int64 sequence and a uint32 length.
    const big = encodeSessionMessage(message({ schemaVersion: '1.01', sequence: 2 ** 40, payload: new Uint8Array(0x10000) }));
    expect(decodeSessionMessage(big)).toMatchObject({ kind: 'ok', value: { sequence: 2 ** 40 } });
  });
});

describe('decodeSessionMessage', () => {
  it('reads the 1.02 vector', () => {
    const decoded = decodeSessionMessage(fromHex(V102_INPUT));
    expect(decoded).toEqual({
      kind: 'ok',
      size: 38,
      value: { type: 0, schemaVersion: '1.02', sessionId: 'c-abc', instanceId: '', createdAt: T, sequence: 7, outputSequence: 3, payload: ascii('ls\r') },
    });
  });

  it('reads the 1.01 vector, and the same bytes under the 1.02 layout (§2.1)', () => {
    const frame = fromHex(V101_INPUT);
    expect(decodeSessionMessage(frame)).toEqual({
      kind: 'ok',
      size: 33,
      value: { type: 0, schemaVersion: '1.01', sessionId: '', instanceId: '', createdAt: T, sequence: 7, payload: ascii('ls\r') },
    });
    const as102 = decodeSessionMessage(frame, { layout: '1.02' });
    expect(as102).toMatchObject({ kind: 'ok', value: { schemaVersion: '1.01', sequence: 7, outputSequence: 0, payload: ascii('ls\r') } });
  });

  it('reads a 1.01 frame whose ids the gateway filled in (protocols.md §1.4: honour L1/L2)', () => {
    const frame = encodeSessionMessage(message({ schemaVersion: '1.01', sessionId: 's-1', instanceId: 'i-2', sequence: 3, payload: ascii('x') }));
    expect(decodeSessionMessage(frame)).toMatchObject({ kind: 'ok', value: { sessionId: 's-1', instanceId: 'i-2', payload: ascii('x') } });
  });

  it('says how many bytes a cut frame needs', () => {
    const frame = fromHex(V102_INPUT);
    expect(decodeSessionMessage(frame.subarray(0, 0))).toEqual({ kind: 'incomplete', needed: 30 });
    expect(decodeSessionMessage(frame.subarray(0, 9))).toEqual({ kind: 'incomplete', needed: 35 });
    expect(decodeSessionMessage(frame.subarray(0, 20))).toEqual({ kind: 'incomplete', needed: 35 });
    expect(decodeSessionMessage(frame.subarray(0, 36))).toEqual({ kind: 'incomplete', needed: 38 });
  });

  it('rejects unknown versions and a zero timestamp', () => {
    const frame = fromHex(V102_INPUT);
    frame[7] = 0x33; // "1.03"
    expect(decodeSessionMessage(frame)).toMatchObject({ kind: 'invalid' });
    const zero = fromHex(V101_INPUT);
    zero.fill(0, 10, 18);
    expect(decodeSessionMessage(zero)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('createdAt') });
  });

  it('rejects a negative 1.01 sequence', () => {
    const frame = fromHex(V101_INPUT);
    frame.fill(0xff, 18, 26);
    expect(decodeSessionMessage(frame)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('sequence') });
  });

  it('keeps bytes past msgLength out of the payload (the sample\'s long-input bug, §7.1)', () => {
    const frame = new Uint8Array(40);
    frame.set(fromHex(V102_INPUT));
    const decoded = decodeSessionMessage(frame);
    expect(decoded).toMatchObject({ kind: 'ok', size: 38, value: { payload: ascii('ls\r') } });
  });

  it('reports the encoding byte only when it is set', () => {
    const frame = encodeSessionMessage(message({ encoding: 2 }));
    expect(frame[28 + 5]).toBe(2);
    expect(decodeSessionMessage(frame)).toMatchObject({ kind: 'ok', value: { encoding: 2 } });
  });

  it('decodes types it does not know as their number', () => {
    const frame = encodeSessionMessage(message({ type: 99 }));
    expect(decodeSessionMessage(frame)).toMatchObject({ kind: 'ok', value: { type: 99 } });
  });
});
