// Untrusted bytes: random input and every cut of a valid frame must come back as a Decoded value
// (ok / incomplete / invalid, unknown types as ok values), never as an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decoded } from './decoded.ts';
import { decodeExecClientFrame, decodeExecServerFrame, guessExecFraming } from './exec-framing.ts';
import { decodeK8sChannelFrame, decodeK8sResize, decodeK8sStatus } from './k8s-channel.ts';
import { decodeSessionMessage, encodeSessionMessage } from './session-message.ts';
import { decodeSetSize } from './session-set-size.ts';
import { decodeStatus, decodeStreamStatus } from './session-status.ts';
import { decodeTerminalFrame, encodeTerminalFrame } from './terminal-frame.ts';
import { sessionMessage, terminalFrame } from './testing/arbitraries.ts';

function expectWellFormed(decoded: Decoded<unknown>, frame: Uint8Array): void {
  if (decoded.kind === 'ok') expect(decoded.size).toBeLessThanOrEqual(frame.length);
  else if (decoded.kind === 'incomplete') expect(decoded.needed).toBeGreaterThan(frame.length);
  else expect(decoded).toEqual({ kind: 'invalid', reason: expect.any(String) });
}

// Random bytes behind a valid type and version reach the deeper header checks.
const sessionLike = fc
  .tuple(fc.constantFrom('1.01', '1.02', '1.03'), fc.uint8Array({ maxLength: 120 }))
  .map(([version, rest]) => Uint8Array.from([rest[0] ?? 0, 0, 0, 0, ...Array.from(version, (c) => c.charCodeAt(0)), ...rest.subarray(1)]));
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 200 }), sessionLike);

describe('decoders on random bytes', () => {
  it('never throw and return a well-formed result', () => {
    fc.assert(
      fc.property(anyBytes, (frame) => {
        expectWellFormed(decodeSessionMessage(frame), frame);
        expectWellFormed(decodeSessionMessage(frame, { layout: '1.02' }), frame);
        expectWellFormed(decodeSessionMessage(frame, { layout: '1.01' }), frame);
        expectWellFormed(decodeTerminalFrame(frame), frame);
        expectWellFormed(decodeK8sChannelFrame(frame), frame);
        for (const framing of ['k8s', 'raw'] as const) {
          expectWellFormed(decodeExecServerFrame(framing, frame), frame);
          expectWellFormed(decodeExecClientFrame(framing, frame), frame);
        }
        expect(['k8s', 'raw']).toContain(guessExecFraming(frame));
        decodeSetSize(frame);
        decodeStatus(frame);
        decodeStreamStatus(frame);
        decodeK8sResize(frame);
        decodeK8sStatus(frame);
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on JSON-looking payloads', () => {
    const json = fc.json().map((s) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff));
    fc.assert(
      fc.property(json, (payload) => {
        decodeSetSize(payload);
        decodeK8sResize(payload);
        decodeK8sStatus(payload);
      }),
    );
  });
});

describe('decoders on every cut of a valid frame', () => {
  it('Session Manager: every strict prefix is incomplete, the whole frame is ok', () => {
    fc.assert(
      fc.property(sessionMessage, (m) => {
        const frame = encodeSessionMessage(m);
        for (let cut = 0; cut < frame.length; cut += 1) {
          const decoded = decodeSessionMessage(frame.subarray(0, cut));
          expect(decoded.kind).toBe('incomplete');
          if (decoded.kind === 'incomplete') expect(decoded.needed).toBeLessThanOrEqual(frame.length);
        }
        expect(decodeSessionMessage(frame)).toMatchObject({ kind: 'ok', size: frame.length });
      }),
      { numRuns: 60 },
    );
  });

  it('terminal frames: every prefix decodes without throwing; fixed-size frames ask for the rest', () => {
    fc.assert(
      fc.property(terminalFrame, (f) => {
        const frame = encodeTerminalFrame(f);
        const fixed = f.type === 'resize' || f.type === 'ack' || f.type === 'ping' || f.type === 'pong';
        for (let cut = 0; cut < frame.length; cut += 1) {
          const prefix = frame.subarray(0, cut);
          const decoded = decodeTerminalFrame(prefix);
          expectWellFormed(decoded, prefix);
          if (fixed || cut === 0) expect(decoded.kind).toBe('incomplete');
        }
      }),
      { numRuns: 200 },
    );
  });
});
