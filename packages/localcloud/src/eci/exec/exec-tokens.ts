import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import type { ExecRequest } from './exec-request.ts';

/**
 * How long a WebSocketUri may wait to be opened. Undocumented for the socket; the seed gives HttpUrl 30 s, and
 * protocols.md §4.2 takes the same for WebSocketUri: our choice, like single use.
 */
export const EXEC_TOKEN_TTL_MS = 30_000;

interface Pending {
  readonly request: ExecRequest;
  readonly expiresAt: number;
}

/** The `s=` tokens of WebSocketUris not yet opened: each opens one socket, within its lifetime, on the world's clock. */
export class ExecTokens {
  readonly #clock: Clock;
  readonly #pending = new Map<string, Pending>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  issue(request: ExecRequest): string {
    this.#forgetExpired();
    const token = randomBytes(24).toString('base64url');
    this.#pending.set(token, { request, expiresAt: this.#clock.now() + EXEC_TOKEN_TTL_MS });
    return token;
  }

  /** The request the token stands for, once; undefined when unknown, used or expired. */
  take(token: string): ExecRequest | undefined {
    const pending = this.#pending.get(token);
    this.#pending.delete(token);
    if (!pending || this.#clock.now() >= pending.expiresAt) return undefined;
    return pending.request;
  }

  /** Makes every outstanding token unusable, as the fault "expire tokens early" asks. */
  expireAll(): void {
    this.#pending.clear();
  }

  #forgetExpired(): void {
    const now = this.#clock.now();
    for (const [token, pending] of this.#pending) if (now >= pending.expiresAt) this.#pending.delete(token);
  }
}
