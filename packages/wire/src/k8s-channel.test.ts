import { describe, expect, it } from 'vitest';
import {
  decodeK8sChannelFrame,
  decodeK8sResize,
  decodeK8sStatus,
  encodeK8sChannelFrame,
  encodeK8sResize,
  encodeK8sStatus,
  K8sChannel,
} from './k8s-channel.ts';
import { utf8Decode } from './utf8.ts';
import { ascii, fromHex, toHex } from './testing/hex.ts';

const text = utf8Decode;

describe('k8s channel frames (protocols.md §2.2)', () => {
  it('puts the channel in byte 0 and the data after it', () => {
    expect(toHex(encodeK8sChannelFrame(K8sChannel.stdin, ascii('ls\r')))).toBe('00 6c 73 0d');
    expect(toHex(encodeK8sChannelFrame(K8sChannel.stdout, new Uint8Array(0)))).toBe('01');
    expect(decodeK8sChannelFrame(fromHex('02 68 69'))).toEqual({ kind: 'ok', size: 3, value: { channel: 2, data: ascii('hi') } });
    expect(decodeK8sChannelFrame(fromHex('01'))).toEqual({ kind: 'ok', size: 1, value: { channel: 1, data: new Uint8Array(0) } });
    expect(decodeK8sChannelFrame(new Uint8Array(0))).toEqual({ kind: 'incomplete', needed: 1 });
    expect(decodeK8sChannelFrame(fromHex('09 01'))).toMatchObject({ kind: 'ok', value: { channel: 9 } });
  });

  it('resizes with {"Width","Height"} on channel 4', () => {
    const frame = encodeK8sResize(120, 40);
    expect(frame[0]).toBe(4);
    expect(text(frame.subarray(1))).toBe('{"Width":120,"Height":40}');
    expect(decodeK8sResize(frame.subarray(1))).toEqual({ cols: 120, rows: 40 });
    expect(decodeK8sResize(ascii('{"width":80,"height":24}'))).toEqual({ cols: 80, rows: 24 });
    expect(decodeK8sResize(ascii('{"Width":80}'))).toBeUndefined();
    expect(decodeK8sResize(ascii('[80,24]'))).toBeUndefined();
  });

  it('writes v4 metav1.Status on channel 3', () => {
    const success = encodeK8sStatus({ exitCode: 0, message: '' });
    expect(success[0]).toBe(3);
    expect(text(success.subarray(1))).toBe('{"metadata":{},"status":"Success"}');
    const failure = encodeK8sStatus({ exitCode: 3, message: '' });
    expect(text(failure.subarray(1))).toBe(
      '{"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: exit code 3",' +
        '"reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}}',
    );
  });

  it('reads the exit code, an error without one, and pre-v4 plain text', () => {
    expect(decodeK8sStatus(ascii('{"metadata":{},"status":"Success"}'))).toEqual({ exitCode: 0, message: '' });
    const kubelet =
      '{"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [sh -c exit 7], exit code 7",' +
      '"reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"7"}]}}';
    expect(decodeK8sStatus(ascii(kubelet))).toMatchObject({ exitCode: 7 });
    const internal = encodeK8sStatus({ exitCode: null, message: 'executable file not found' });
    expect(decodeK8sStatus(internal.subarray(1))).toEqual({ exitCode: null, message: 'executable file not found' });
    expect(decodeK8sStatus(ascii('container not found'))).toEqual({ exitCode: null, message: 'container not found' });
    expect(decodeK8sStatus(ascii('{"status":"Failure","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"x"}]}}'))).toEqual({
      exitCode: null,
      message: '',
    });
    expect(decodeK8sStatus(new Uint8Array(0))).toBeUndefined();
  });
});
