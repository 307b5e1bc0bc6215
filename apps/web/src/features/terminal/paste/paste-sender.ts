import { PASTE_CHUNK_BYTES, splitPaste } from '@porthole/wire';
import { ListenerSet } from '../transport/listener-set.ts';
import type { Disposable } from '../transport/terminal-transport.ts';
import type { SessionClock } from '../session/session-clock.ts';

/**
 * Session Manager relays about 25 600 bytes/s per session (protocols.md §1.9: "200 kbps"). Pasting
 * faster only piles bytes up in the relay, so large pastes are paced at that rate, which also makes the
 * progress bar honest and Cancel meaningful.
 */
export const PASTE_BYTES_PER_SECOND = 25_600;

/** Input this large (UTF-8 bytes) goes through the paced sender; typing is sent at once. */
export const PASTE_THRESHOLD_BYTES = PASTE_CHUNK_BYTES;

const BRACKETED_PASTE_END = new TextEncoder().encode('\x1b[201~');
const BRACKETED_PASTE_START = '\x1b[200~';

export interface PasteProgress {
  sentBytes: number;
  totalBytes: number;
}

export interface PasteSenderOptions {
  send(chunk: Uint8Array): void;
  /** False while the connection is down: the sender waits instead of losing chunks. */
  canSend(): boolean;
  clock: SessionClock;
  bytesPerSecond?: number;
  chunkBytes?: number;
}

/** Sends one paste at a time in frames within the protocol's limits, with progress and cancel. */
export class PasteSender {
  readonly #options: PasteSenderOptions;
  readonly #progress = new ListenerSet<PasteProgress | null>();
  #chunks: Uint8Array[] = [];
  #next = 0;
  #sentBytes = 0;
  #totalBytes = 0;
  #bracketed = false;
  #timer: Disposable | undefined;

  constructor(options: PasteSenderOptions) {
    this.#options = options;
  }

  get progress(): PasteProgress | null {
    return this.#chunks.length > 0 ? { sentBytes: this.#sentBytes, totalBytes: this.#totalBytes } : null;
  }

  onProgress(listener: (progress: PasteProgress | null) => void): Disposable {
    return this.#progress.add(listener);
  }

  /** Starts a paste; one already running is finished first by cancelling it (two interleaved would garble both). */
  paste(text: string): void {
    this.cancel();
    // splitPaste keeps xterm's bracketed-paste markers whole, so the shell still sees one paste.
    this.#chunks = splitPaste(text, this.#options.chunkBytes ?? PASTE_CHUNK_BYTES);
    this.#bracketed = text.startsWith(BRACKETED_PASTE_START);
    this.#next = 0;
    this.#sentBytes = 0;
    this.#totalBytes = this.#chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    if (this.#chunks.length === 0) return;
    this.#emit();
    this.#pump();
  }

  cancel(): void {
    if (this.#chunks.length === 0) return;
    this.#timer?.dispose();
    this.#timer = undefined;
    // A shell left inside bracketed paste mode would swallow everything typed next as pasted text.
    if (this.#bracketed && this.#next > 0 && this.#next < this.#chunks.length) this.#options.send(BRACKETED_PASTE_END);
    this.#finish();
  }

  dispose(): void {
    this.#timer?.dispose();
    this.#timer = undefined;
    this.#chunks = [];
    this.#progress.clear();
  }

  #pump(): void {
    const chunk = this.#chunks[this.#next];
    if (!chunk) {
      this.#finish();
      return;
    }
    const rate = this.#options.bytesPerSecond ?? PASTE_BYTES_PER_SECOND;
    if (!this.#options.canSend()) {
      this.#timer = this.#options.clock.setTimeout(() => this.#pump(), 250);
      return;
    }
    this.#options.send(chunk);
    this.#next += 1;
    this.#sentBytes += chunk.byteLength;
    this.#emit();
    const wait = (chunk.byteLength * 1000) / rate;
    this.#timer = this.#options.clock.setTimeout(() => this.#pump(), wait);
  }

  #finish(): void {
    this.#chunks = [];
    this.#next = 0;
    this.#timer = undefined;
    this.#progress.emit(null);
  }

  #emit(): void {
    this.#progress.emit({ sentBytes: this.#sentBytes, totalBytes: this.#totalBytes });
  }
}
