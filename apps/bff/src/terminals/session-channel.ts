import { encodeSessionMessage, encodeSync, SessionMessageType, splitSessionInput, type SessionMessage, type SessionSchemaVersion } from '@porthole/wire';

export type OutputVerdict =
  | { kind: 'in-order'; bytes: Uint8Array }
  /** A frame is missing before this one: drop it and ask for a resend (send `sync()`). */
  | { kind: 'gap' }
  /** Already had it (a resend after Sync): drop. */
  | { kind: 'duplicate' };

interface SentInput {
  readonly sequence: number;
  readonly frame: Uint8Array;
}

/**
 * The client side of one Session Manager channel, without sockets: frames outgoing messages with the
 * right sequence numbers and checks incoming Output order (session-protocol-1.02.md §4). In 1.02 every
 * Input and Resize pre-increments `inputSeq` and waits in `#unacked` until an Output acknowledges it,
 * so a re-attached socket can resend what the gateway missed; in 1.01 there is one message counter
 * from 0 and nothing is acknowledged or resent.
 */
export class SessionChannel {
  #version: SessionSchemaVersion;
  channelId = '';
  #inputSeq = 0;
  #outputSeq = 0;
  #unacked: SentInput[] = [];
  #unackedBytes = 0;
  readonly #maxUnackedBytes: number;
  readonly #now: () => number;

  constructor(version: SessionSchemaVersion, maxUnackedBytes: number, now: () => number = Date.now) {
    this.#version = version;
    this.#maxUnackedBytes = maxUnackedBytes;
    this.#now = now;
  }

  get version(): SessionSchemaVersion {
    return this.#version;
  }

  /** The gateway answered in 1.01 (no channel id): speak 1.01 from now on, with no sequencing to keep. */
  downgrade(): void {
    this.#version = '1.01';
    this.#unacked = [];
    this.#unackedBytes = 0;
  }

  /** Bytes of input sent but not yet acknowledged (1.02). */
  get unackedBytes(): number {
    return this.#unackedBytes;
  }

  /** Input frames within the protocol's 1024-byte limit, one sequence number each. */
  input(bytes: Uint8Array): Uint8Array[] {
    return splitSessionInput(bytes).map((chunk) => this.#tracked(SessionMessageType.input, chunk));
  }

  setSize(payload: Uint8Array): Uint8Array {
    return this.#tracked(SessionMessageType.setSize, payload);
  }

  /** "I have output up to outputSeq and sent inputs up to inputSeq": sent on every re-attached socket and on a gap. */
  sync(): Uint8Array {
    return encodeSync({ channelId: this.channelId, inputSeq: this.#inputSeq, outputSeq: this.#outputSeq, createdAt: this.#now() });
  }

  /** The gateway's Sync: the inputs it is missing, from `fromSequence` on, as they were first sent. */
  resendFrom(fromSequence: number): Uint8Array[] {
    return this.#unacked.filter((sent) => sent.sequence >= fromSequence).map((sent) => sent.frame);
  }

  /** Checks an Output's place in the stream and takes its cumulative input acknowledgement. */
  acceptOutput(message: SessionMessage): OutputVerdict {
    if (this.#version === '1.01') return { kind: 'in-order', bytes: message.payload };
    const sequence = message.outputSequence ?? 0;
    // A gateway that leaves outputSeq at 0 (an old agent behind it, [UNK]) gets no order checks.
    if (sequence !== 0) {
      if (sequence <= this.#outputSeq) return { kind: 'duplicate' };
      if (sequence > this.#outputSeq + 1) return { kind: 'gap' };
      this.#outputSeq = sequence;
    }
    this.#acknowledge(message.sequence);
    return { kind: 'in-order', bytes: message.payload };
  }

  #acknowledge(upTo: number): void {
    while (this.#unacked.length > 0 && (this.#unacked[0]?.sequence ?? Infinity) <= upTo) {
      const done = this.#unacked.shift();
      if (done) this.#unackedBytes -= done.frame.byteLength;
    }
  }

  #tracked(type: number, payload: Uint8Array): Uint8Array {
    if (this.#version === '1.01') {
      const frame = this.#frame(type, payload, this.#inputSeq);
      this.#inputSeq += 1;
      return frame;
    }
    this.#inputSeq += 1;
    const frame = this.#frame(type, payload, this.#inputSeq);
    this.#unacked.push({ sequence: this.#inputSeq, frame });
    this.#unackedBytes += frame.byteLength;
    // Bounded: a gateway that never acknowledges must not grow this without end. What is forgotten
    // cannot be resent after a re-attach, which only matters if the gateway also lost it.
    while (this.#unackedBytes > this.#maxUnackedBytes && this.#unacked.length > 1) {
      const oldest = this.#unacked.shift();
      if (oldest) this.#unackedBytes -= oldest.frame.byteLength;
    }
    return frame;
  }

  #frame(type: number, payload: Uint8Array, sequence: number): Uint8Array {
    const message: SessionMessage = {
      type,
      schemaVersion: this.#version,
      sessionId: this.#version === '1.02' ? this.channelId : '',
      instanceId: '',
      createdAt: this.#now(),
      sequence,
      payload,
    };
    if (this.#version === '1.02') message.outputSequence = this.#outputSeq;
    return encodeSessionMessage(message);
  }
}
