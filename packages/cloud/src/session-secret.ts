import { inspect } from 'node:util';

const HIDDEN = '[session secret]';

/**
 * A signed WebSocket URL or session token from the cloud. It opens a shell on somebody's machine, so
 * it must never reach the browser or a log line: JSON, string conversion and `util.inspect` (pino,
 * console, test diffs) all print a placeholder, and only `reveal()` hands out the value, at the one
 * place that dials the socket.
 */
export class SessionSecret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  get present(): boolean {
    return this.#value !== '';
  }

  toJSON(): string {
    return HIDDEN;
  }

  toString(): string {
    return HIDDEN;
  }

  [inspect.custom](): string {
    return HIDDEN;
  }
}
