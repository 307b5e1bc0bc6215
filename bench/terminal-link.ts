/**
 * What the terminal benchmark needs from a shell connection, whichever way it goes (straight to the
 * Session Manager gateway, or through the BFF): type bytes, watch output, close.
 */
export interface TerminalLink {
  write(bytes: Uint8Array): void;
  /** Every output chunk from now on, or the link's failure; call the returned function to stop listening. */
  onOutput(listener: OutputListener): () => void;
  /** Ends the shell and closes the socket; resolves once it is closed. */
  close(): Promise<void>;
}

export interface OutputListener {
  chunk(bytes: Uint8Array): void;
  /** The link broke (lost output, an aborted session, a closed socket): whatever is waiting fails now. */
  failed(error: Error): void;
}

const encoder = new TextEncoder();

export function type(link: TerminalLink, text: string): void {
  link.write(encoder.encode(text));
}

/**
 * Output bytes until `marker` appears (counted from the call), without keeping the output: only a tail
 * as long as the marker is held, so a marker cut across two chunks is still found.
 */
export function outputUntil(link: TerminalLink, marker: string, timeoutMs: number): Promise<{ bytes: number }> {
  let bytes = 0;
  let tail = '';
  return watch(link, timeoutMs, () => `no "${marker}" (${bytes} bytes seen; last: ${JSON.stringify(tail)})`, (chunk) => {
    bytes += chunk.byteLength;
    // latin1 keeps one character per byte, so the window arithmetic stays in bytes.
    const window = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    if (window.includes(marker)) return { bytes };
    tail = window.slice(-marker.length);
    return undefined;
  });
}

/** Resolves when `count` more bytes equal to `byte` have arrived. */
export function byteEchoes(link: TerminalLink, byte: number, count: number, timeoutMs: number): Promise<void> {
  let seen = 0;
  return watch(link, timeoutMs, () => `only ${seen} of ${count} echoes`, (chunk) => {
    for (const b of chunk) if (b === byte) seen += 1;
    return seen >= count ? true : undefined;
  }).then(() => undefined);
}

/** Feeds output chunks to `step` until it returns a result; fails on the link's failure or after `timeoutMs`. */
function watch<T>(source: Pick<TerminalLink, 'onOutput'>, timeoutMs: number, progress: () => string, step: (chunk: Uint8Array) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      stop();
      settle();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`${progress()} within ${timeoutMs} ms`))), timeoutMs);
    const stop = source.onOutput({
      chunk: (chunk) => {
        const result = step(chunk);
        if (result !== undefined) finish(() => resolve(result));
      },
      failed: (error) => finish(() => reject(error)),
    });
  });
}

/** A small fan-out for a link's output, so several waits can watch one stream; a failure is remembered. */
export class OutputListeners {
  readonly #listeners = new Set<OutputListener>();
  #failure: Error | undefined;

  add(listener: OutputListener): () => void {
    if (this.#failure) {
      const failure = this.#failure;
      queueMicrotask(() => listener.failed(failure));
      return () => undefined;
    }
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(chunk: Uint8Array): void {
    for (const listener of [...this.#listeners]) listener.chunk(chunk);
  }

  fail(error: Error): void {
    this.#failure ??= error;
    for (const listener of [...this.#listeners]) listener.failed(error);
    this.#listeners.clear();
  }
}

/** Resolves at the first output chunk (the shell is up and reading); rejects on failure or timeout. */
export function firstOutput(listeners: OutputListeners, timeoutMs: number): Promise<void> {
  return watch({ onOutput: (listener) => listeners.add(listener) }, timeoutMs, () => 'no output', () => true).then(() => undefined);
}
