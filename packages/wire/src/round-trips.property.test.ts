// encode -> decode gives back what was encoded, for all three protocols and the payload helpers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeExecClientFrame,
  decodeExecServerFrame,
  encodeExecExit,
  encodeExecOutput,
  encodeExecResize,
  encodeExecStdin,
  type ExecFraming,
} from './exec-framing.ts';
import { decodeK8sChannelFrame, encodeK8sChannelFrame } from './k8s-channel.ts';
import { splitPaste } from './paste.ts';
import { decodeSessionMessage, encodeSessionMessage } from './session-message.ts';
import { decodeSetSize, encodeSetSize } from './session-set-size.ts';
import { decodeStatus, decodeStreamStatus, encodeStatus, encodeStreamStatus } from './session-status.ts';
import { decodeSync, encodeSync } from './session-sync.ts';
import { decodeTerminalFrame, encodeTerminalFrame } from './terminal-frame.ts';
import { utf8Decode, utf8Encode } from './utf8.ts';
import { k8sFrame, sessionMessage, terminalFrame, text } from './testing/arbitraries.ts';

const u32 = fc.integer({ min: 0, max: 0xffffffff });

describe('Session Manager round trips', () => {
  it('messages, both versions', () => {
    fc.assert(
      fc.property(sessionMessage, (m) => {
        const frame = encodeSessionMessage(m);
        expect(decodeSessionMessage(frame)).toEqual({ kind: 'ok', value: m, size: frame.length });
      }),
    );
  });

  it('set size in both forms, status, stream and sync', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0x7fff }),
        fc.integer({ min: 0, max: 0x7fff }),
        fc.integer({ min: 0, max: 0xff }),
        text(),
        u32,
        (cols, rows, code, reason, n) => {
          expect(decodeSetSize(encodeSetSize(cols, rows, 'binary'))).toEqual({ cols, rows, form: 'binary' });
          expect(decodeSetSize(encodeSetSize(cols, rows, 'json'))).toEqual({ cols, rows, form: 'json' });
          expect(decodeStatus(encodeStatus(code, reason))).toEqual({ code, text: reason });
          expect(decodeStreamStatus(encodeStreamStatus(n))).toBe(n);
          const channelId = Array.from(reason).slice(0, 10).join(''); // whole code points, ≤ 40 bytes
          const sync = decodeSessionMessage(encodeSync({ channelId, inputSeq: n, outputSeq: code, createdAt: 1 }));
          expect(sync.kind === 'ok' && decodeSync(sync.value)).toEqual({ channelId, inputSeq: n, outputSeq: code });
        },
      ),
    );
  });
});

describe('ECI exec round trips', () => {
  it('k8s channel frames', () => {
    fc.assert(
      fc.property(k8sFrame, ({ channel, data }) => {
        const frame = encodeK8sChannelFrame(channel, data);
        expect(decodeK8sChannelFrame(frame)).toEqual({ kind: 'ok', value: { channel, data }, size: frame.length });
      }),
    );
  });

  it('stdin, output, resize and exit in both framings', () => {
    const framing = fc.constantFrom<ExecFraming>('k8s', 'raw');
    const exitCode = fc.option(u32, { nil: null });
    fc.assert(
      fc.property(framing, fc.uint8Array({ maxLength: 200 }), fc.integer({ min: 0, max: 0xffff }), exitCode, text(), (f, data, size, code, message) => {
        expect(decodeExecClientFrame(f, encodeExecStdin(f, data))).toMatchObject({ kind: 'ok', value: { type: 'stdin', data } });
        const out = decodeExecServerFrame(f, encodeExecOutput(f, 'stdout', data));
        expect(out).toMatchObject({ kind: 'ok', value: { type: 'stdout', data } });
        const resize = encodeExecResize(f, size, size >> 1);
        if (resize) expect(decodeExecClientFrame(f, resize)).toMatchObject({ kind: 'ok', value: { type: 'resize', cols: size, rows: size >> 1 } });
        const exitMessage = code === 0 ? '' : message || 'failed';
        const exit = encodeExecExit(f, { exitCode: code, message: exitMessage });
        if (exit) expect(decodeExecServerFrame(f, exit)).toEqual({ kind: 'ok', size: exit.length, value: { type: 'exit', exit: { exitCode: code, message: exitMessage } } });
        expect(f === 'raw').toBe(resize === undefined && exit === undefined);
      }),
    );
  });
});

describe('terminal protocol round trips', () => {
  it('every frame type', () => {
    fc.assert(
      fc.property(terminalFrame, (f) => {
        const bytes = encodeTerminalFrame(f);
        expect(decodeTerminalFrame(bytes)).toEqual({ kind: 'ok', value: f, size: bytes.length });
      }),
      { numRuns: 500 },
    );
  });

  it('splitPaste: chunks rebuild the input, fit the size, and keep markers and characters whole', () => {
    const piece = fc.oneof(text(20), fc.constant('\x1b[200~'), fc.constant('\x1b[201~'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 8, max: 64 }), (pieces, chunkBytes) => {
        const input = pieces.join('');
        const chunks = splitPaste(input, chunkBytes);
        expect(utf8Decode(Uint8Array.from(chunks.flatMap((c) => Array.from(c))))).toBe(input);
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          expect(chunk.length).toBeLessThanOrEqual(chunkBytes);
          expect(utf8Encode(utf8Decode(chunk))).toEqual(chunk); // whole characters only
        }
        // A marker never straddles a cut: every marker in the input lies inside one chunk.
        const markers = chunks.map((c) => countMarkers(utf8Decode(c)));
        expect(markers.reduce((a, b) => a + b, 0)).toBe(countMarkers(input));
      }),
    );
  });
});

function countMarkers(text: string): number {
  return text.split('\x1b[200~').length + text.split('\x1b[201~').length - 2;
}
