import { describe, expect, it } from 'vitest';
import {
  decodeExecClientFrame,
  decodeExecServerFrame,
  encodeExecExit,
  encodeExecOutput,
  encodeExecReady,
  encodeExecResize,
  encodeExecStdin,
  guessExecFraming,
} from './exec-framing.ts';
import { ascii, fromHex, toHex } from './testing/hex.ts';

describe('exec framing: k8s', () => {
  it('frames client input and resize, and decodes them on the server side', () => {
    expect(toHex(encodeExecStdin('k8s', ascii('ls\r')))).toBe('00 6c 73 0d');
    expect(decodeExecClientFrame('k8s', encodeExecStdin('k8s', ascii('ls\r')))).toMatchObject({ kind: 'ok', value: { type: 'stdin', data: ascii('ls\r') } });
    const resize = encodeExecResize('k8s', 100, 30);
    expect(resize && decodeExecClientFrame('k8s', resize)).toMatchObject({ kind: 'ok', value: { type: 'resize', cols: 100, rows: 30 } });
    expect(decodeExecClientFrame('k8s', fromHex('04 7b 7d'))).toMatchObject({ kind: 'ok', value: { type: 'unknown', channel: 4 } });
  });

  it('frames server output, ready and exit, and decodes them on the client side', () => {
    expect(toHex(encodeExecReady('k8s') ?? new Uint8Array(0))).toBe('01');
    expect(decodeExecServerFrame('k8s', fromHex('01'))).toMatchObject({ kind: 'ok', value: { type: 'stdout', data: new Uint8Array(0) } });
    expect(decodeExecServerFrame('k8s', encodeExecOutput('k8s', 'stderr', ascii('oops')))).toMatchObject({ kind: 'ok', value: { type: 'stderr', data: ascii('oops') } });
    const exit = encodeExecExit('k8s', { exitCode: 2, message: '' });
    expect(exit && decodeExecServerFrame('k8s', exit)).toMatchObject({ kind: 'ok', value: { type: 'exit', exit: { exitCode: 2 } } });
    expect(decodeExecServerFrame('k8s', fromHex('03'))).toMatchObject({ kind: 'ok', value: { type: 'unknown', channel: 3 } });
    expect(decodeExecServerFrame('k8s', new Uint8Array(0))).toEqual({ kind: 'incomplete', needed: 1 });
  });
});

describe('exec framing: raw', () => {
  it('carries the bytes themselves, with no resize, ready or exit frame', () => {
    expect(encodeExecStdin('raw', ascii('ls\r'))).toEqual(ascii('ls\r'));
    expect(encodeExecOutput('raw', 'stderr', ascii('e'))).toEqual(ascii('e'));
    expect(encodeExecResize('raw', 80, 24)).toBeUndefined();
    expect(encodeExecReady('raw')).toBeUndefined();
    expect(encodeExecExit('raw', { exitCode: 0, message: '' })).toBeUndefined();
    expect(decodeExecServerFrame('raw', fromHex('01 02'))).toEqual({ kind: 'ok', size: 2, value: { type: 'stdout', data: fromHex('01 02') } });
    expect(decodeExecClientFrame('raw', fromHex('04 7b'))).toEqual({ kind: 'ok', size: 2, value: { type: 'stdin', data: fromHex('04 7b') } });
  });
});

describe('guessExecFraming (protocols.md §2.3 probe)', () => {
  it('takes a first byte of 0x01–0x03 for channel framing', () => {
    expect(guessExecFraming(fromHex('01'))).toBe('k8s');
    expect(guessExecFraming(fromHex('02 65'))).toBe('k8s');
    expect(guessExecFraming(fromHex('03 7b'))).toBe('k8s');
    expect(guessExecFraming(ascii('root@c:/# '))).toBe('raw');
    expect(guessExecFraming(fromHex('1b 5b'))).toBe('raw');
    expect(guessExecFraming(fromHex('00 41'))).toBe('raw');
    expect(guessExecFraming(new Uint8Array(0))).toBe('raw');
  });
});
