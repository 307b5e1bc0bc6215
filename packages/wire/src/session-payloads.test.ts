import { describe, expect, it } from 'vitest';
import { decodeSessionMessage, encodeSessionMessage, SessionMessageType } from './session-message.ts';
import { decodeSetSize, encodeSetSize } from './session-set-size.ts';
import {
  decodeStatus,
  decodeStreamStatus,
  encodeStatus,
  encodeStreamStatus,
  isResumableSessionClose,
  SessionClosedReason,
  SessionStatusCode,
} from './session-status.ts';
import { decodeSync, encodeSync, sessionHeartbeatIntervalMs } from './session-sync.ts';
import { splitSessionInput } from './session-input.ts';
import { utf8Decode } from './utf8.ts';
import { ascii, fromHex, toHex } from './testing/hex.ts';

const T = 1_700_000_000_000;

describe('set size', () => {
  it('writes rows then cols as int16 LE (protocols.md §1.6: 24×80 -> 18 00 50 00)', () => {
    expect(toHex(encodeSetSize(80, 24, 'binary'))).toBe('18 00 50 00');
    expect(toHex(encodeSetSize(120, 40, 'binary'))).toBe('28 00 78 00');
  });

  it('matches the 1.02 Resize vector (rows 40, cols 120, inputSeq 8, outputSeq 3)', () => {
    const frame = encodeSessionMessage({
      type: SessionMessageType.setSize, schemaVersion: '1.02', sessionId: 'c-abc', instanceId: '', createdAt: T,
      sequence: 8, outputSequence: 3, payload: encodeSetSize(120, 40, 'binary'),
    });
    expect(toHex(frame)).toBe('02 00 00 00 31 2e 30 32 05 63 2d 61 62 63 00 00 68 e5 cf 8b 01 00 00 08 00 00 00 03 00 00 00 04 00 00 00 28 00 78 00');
  });

  it('writes the JSON form the agent hop uses', () => {
    expect(utf8Decode(encodeSetSize(120, 40, 'json'))).toBe('{"cols":120,"rows":40}');
  });

  it('reads both forms, JSON keys in any order and case (Go decoder)', () => {
    expect(decodeSetSize(fromHex('28 00 78 00'))).toEqual({ cols: 120, rows: 40, form: 'binary' });
    expect(decodeSetSize(ascii('{"rows":24,"cols":80}'))).toEqual({ cols: 80, rows: 24, form: 'json' });
    expect(decodeSetSize(ascii('{"Cols":80,"ROWS":24}'))).toEqual({ cols: 80, rows: 24, form: 'json' });
    // 123 rows = 7b 00: binary despite the leading `{` (found by the round-trip property).
    expect(decodeSetSize(encodeSetSize(80, 123, 'binary'))).toEqual({ cols: 80, rows: 123, form: 'binary' });
  });

  it('rejects what is neither form', () => {
    expect(decodeSetSize(fromHex('28 00 78'))).toBeUndefined();
    expect(decodeSetSize(fromHex('ff ff 78 00'))).toBeUndefined(); // negative rows
    expect(decodeSetSize(ascii('{"cols":80}'))).toBeUndefined();
    expect(decodeSetSize(ascii('{"cols":80.5,"rows":24}'))).toBeUndefined();
    expect(decodeSetSize(ascii('{not json'))).toBeUndefined();
    expect(() => encodeSetSize(40000, 24, 'binary')).toThrow(RangeError);
  });
});

describe('status', () => {
  it('writes code + text (Closed "Exit" from the 1.02 vector)', () => {
    expect(toHex(encodeStatus(SessionStatusCode.closed, SessionClosedReason.exit))).toBe('05 45 78 69 74');
    expect(decodeStatus(fromHex('05 45 78 69 74'))).toEqual({ code: 5, text: 'Exit' });
    expect(decodeStatus(fromHex('03'))).toEqual({ code: 3, text: '' });
    expect(decodeStatus(new Uint8Array(0))).toBeUndefined();
  });

  it('matches the 1.02 Stream 204 800 bps vector (big-endian bits/s)', () => {
    const frame = encodeSessionMessage({
      type: SessionMessageType.status, schemaVersion: '1.02', sessionId: 'c-abc', instanceId: '', createdAt: T,
      sequence: 0, outputSequence: 0, payload: encodeStreamStatus(204_800),
    });
    expect(toHex(frame)).toBe('05 00 00 00 31 2e 30 32 05 63 2d 61 62 63 00 00 68 e5 cf 8b 01 00 00 00 00 00 00 00 00 00 00 05 00 00 00 07 00 03 20 00');
    const decoded = decodeSessionMessage(frame);
    expect(decoded.kind === 'ok' && decodeStreamStatus(decoded.value.payload)).toBe(204_800);
  });

  it('reads 1 to 4 bandwidth bytes like the CLI, and nothing else', () => {
    expect(decodeStreamStatus(fromHex('07 c8'))).toBe(200);
    expect(decodeStreamStatus(fromHex('07 03 20 00'))).toBe(204_800);
    expect(decodeStreamStatus(fromHex('07'))).toBeUndefined();
    expect(decodeStreamStatus(fromHex('07 00 00 00 00 01'))).toBeUndefined();
    expect(decodeStreamStatus(fromHex('05 00 03 20 00'))).toBeUndefined();
  });

  it('knows which close codes a 1.02 client resumes after', () => {
    expect([1000, 1001, 1005, 1006, 1012, 1023].filter(isResumableSessionClose)).toEqual([1005, 1012, 1023]);
  });
});

describe('sync', () => {
  it('matches the 1.02 Sync vector (inputSeq 8, outputSeq 3, empty payload)', () => {
    const frame = encodeSync({ channelId: 'c-abc', inputSeq: 8, outputSeq: 3, createdAt: T });
    expect(toHex(frame)).toBe('06 00 00 00 31 2e 30 32 05 63 2d 61 62 63 00 00 68 e5 cf 8b 01 00 00 08 00 00 00 03 00 00 00 00 00 00 00');
    const decoded = decodeSessionMessage(frame);
    expect(decoded.kind === 'ok' && decodeSync(decoded.value)).toEqual({ channelId: 'c-abc', inputSeq: 8, outputSeq: 3 });
  });

  it('is only read from 1.02 Sync messages', () => {
    const input = decodeSessionMessage(fromHex('00 00 00 00 31 2e 30 32 00 00 00 68 e5 cf 8b 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00'));
    expect(input.kind === 'ok' && decodeSync(input.value)).toBeUndefined();
    const old = decodeSessionMessage(fromHex('06 00 00 00 31 2e 30 31 00 00 00 68 e5 cf 8b 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00'));
    expect(old.kind === 'ok' && decodeSync(old.value)).toBeUndefined();
  });

  it('picks the sample\'s heartbeat interval from the agent version (string comparison)', () => {
    expect(sessionHeartbeatIntervalMs('1.01')).toBe(50_000);
    expect(sessionHeartbeatIntervalMs('1.02')).toBe(300_000);
  });
});

describe('splitSessionInput', () => {
  it('cuts at 1024 bytes, each chunk its own message (§5.2, not the sample\'s §7.1 bug)', () => {
    const input = Uint8Array.from({ length: 2500 }, (_, i) => i % 251);
    const chunks = splitSessionInput(input);
    expect(chunks.map((c) => c.length)).toEqual([1024, 1024, 452]);
    expect(Uint8Array.from(chunks.flatMap((c) => Array.from(c)))).toEqual(input);
    expect(splitSessionInput(new Uint8Array(0))).toEqual([]);
  });
});
