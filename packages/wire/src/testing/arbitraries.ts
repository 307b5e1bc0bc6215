/** fast-check generators for valid values of every codec, shared by the property tests. */
import fc from 'fast-check';
import type { SessionMessage } from '../session-message.ts';
import type { TerminalFrame } from '../terminal-frame.ts';
import { TERMINAL_STATES } from '../terminal-frame.ts';
import { utf8Decode, utf8Encode } from '../utf8.ts';

/** Strings that survive a UTF-8 round trip (no lone surrogates). */
export const text = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: 'grapheme', maxLength }).filter((s) => utf8Decode(utf8Encode(s)) === s);

const id = text(30).filter((s) => utf8Encode(s).length <= 255);
const bytes = (maxLength = 300) => fc.uint8Array({ maxLength });
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const safe = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

export const sessionMessage: fc.Arbitrary<SessionMessage> = fc.oneof(
  fc.record({
    type: u32,
    schemaVersion: fc.constant('1.01' as const),
    sessionId: id,
    instanceId: id,
    createdAt: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    sequence: safe,
    payload: bytes(),
  }),
  fc
    .record({
      type: u32,
      schemaVersion: fc.constant('1.02' as const),
      sessionId: id,
      instanceId: id,
      createdAt: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      sequence: u32,
      outputSequence: u32,
      encoding: fc.integer({ min: 0, max: 0xff }),
      payload: bytes(),
    })
    // Decoders report `encoding` only when it is non-zero.
    .map(({ encoding, ...m }): SessionMessage => (encoding === 0 ? m : { ...m, encoding })),
);

export const terminalFrame: fc.Arbitrary<TerminalFrame> = fc.oneof(
  fc.record({ type: fc.constant('input' as const), data: bytes() }),
  fc.record({ type: fc.constant('output' as const), offset: safe, data: bytes() }),
  fc.record({ type: fc.constant('resize' as const), cols: fc.integer({ min: 0, max: 0xffff }), rows: fc.integer({ min: 0, max: 0xffff }) }),
  fc.record({ type: fc.constant('ack' as const), rendered: safe }),
  fc.record({ type: fc.constant('ping' as const), id: u32, sentAt: finite }),
  fc.record({ type: fc.constant('pong' as const), id: u32, sentAt: finite, upstreamRttMs: fc.option(finite, { nil: null }) }),
  fc.record({ type: fc.constant('state' as const), state: fc.constantFrom(...TERMINAL_STATES), reason: text() }),
  fc.record({ type: fc.constant('unknown' as const), code: fc.integer({ min: 7, max: 0xff }), bytes: bytes() }),
);

export const k8sFrame = fc.record({ channel: fc.integer({ min: 0, max: 0xff }), data: bytes() });
