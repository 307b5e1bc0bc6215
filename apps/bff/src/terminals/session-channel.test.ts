import { decodeSessionMessage, encodeSessionMessage, SessionMessageType, type SessionMessage } from '@porthole/wire';
import { describe, expect, it } from 'vitest';
import { SessionChannel } from './session-channel.ts';

const NOW = 1_700_000_000_000;
const decode = (frame: Uint8Array, layout: '1.01' | '1.02' = '1.02') => {
  const decoded = decodeSessionMessage(frame, { layout });
  if (decoded.kind !== 'ok') throw new Error(`undecodable: ${decoded.kind}`);
  return decoded.value;
};
const output = (outputSequence: number, inputAck: number, text: string): SessionMessage =>
  decode(
    encodeSessionMessage({ type: SessionMessageType.output, schemaVersion: '1.02', sessionId: 'c-abc', instanceId: '', createdAt: NOW, sequence: inputAck, outputSequence, payload: new TextEncoder().encode(text) }),
  );

describe('SessionChannel 1.02', () => {
  it('numbers input and resize from 1, splits input at 1024 bytes and carries the channel id', () => {
    const channel = new SessionChannel('1.02', 1 << 20, () => NOW);
    channel.channelId = 'c-abc';
    const frames = channel.input(new Uint8Array(2500));
    expect(frames.map((frame) => decode(frame))).toEqual([
      expect.objectContaining({ type: 0, sequence: 1, sessionId: 'c-abc', payload: expect.objectContaining({ length: 1024 }) }),
      expect.objectContaining({ sequence: 2, payload: expect.objectContaining({ length: 1024 }) }),
      expect.objectContaining({ sequence: 3, payload: expect.objectContaining({ length: 452 }) }),
    ]);
    expect(decode(channel.setSize(new Uint8Array([0x28, 0, 0x78, 0])))).toMatchObject({ type: 2, sequence: 4 });
  });

  it('takes output in order, drops duplicates, reports gaps, and resends unacknowledged input on Sync', () => {
    const channel = new SessionChannel('1.02', 1 << 20, () => NOW);
    channel.input(new TextEncoder().encode('a'));
    channel.input(new TextEncoder().encode('b'));
    channel.input(new TextEncoder().encode('c'));
    expect(channel.acceptOutput(output(1, 1, 'x'))).toMatchObject({ kind: 'in-order' });
    expect(channel.acceptOutput(output(1, 1, 'x'))).toEqual({ kind: 'duplicate' });
    expect(channel.acceptOutput(output(3, 1, 'z'))).toEqual({ kind: 'gap' });
    expect(decode(channel.sync())).toMatchObject({ type: SessionMessageType.sync, sequence: 3, outputSequence: 1 });
    // Input 1 was acknowledged by the first Output; 2 and 3 are resent as they were.
    expect(channel.resendFrom(2).map((frame) => new TextDecoder().decode(decode(frame).payload))).toEqual(['b', 'c']);
    expect(channel.acceptOutput(output(2, 3, 'y'))).toMatchObject({ kind: 'in-order' });
    expect(channel.resendFrom(1)).toEqual([]);
    expect(channel.unackedBytes).toBe(0);
  });

  it('keeps its unacknowledged input bounded when the gateway never acknowledges', () => {
    const channel = new SessionChannel('1.02', 4096, () => NOW);
    for (let i = 0; i < 100; i += 1) channel.input(new Uint8Array(1000));
    expect(channel.unackedBytes).toBeLessThanOrEqual(4096);
  });
});

describe('SessionChannel 1.01', () => {
  it('uses one counter from 0 for every message and keeps nothing for resend', () => {
    const channel = new SessionChannel('1.01', 1 << 20, () => NOW);
    const first = decode(channel.input(new TextEncoder().encode('ls\r'))[0] ?? new Uint8Array(), '1.01');
    expect(first).toMatchObject({ schemaVersion: '1.01', sequence: 0, sessionId: '' });
    expect(decode(channel.setSize(new Uint8Array(4)), '1.01')).toMatchObject({ sequence: 1 });
    expect(channel.resendFrom(0)).toEqual([]);
  });
});
