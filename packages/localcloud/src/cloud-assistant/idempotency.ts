import type { Clock } from '../clock.ts';
import type { RpcParams } from '../operation.ts';
import { caErrors } from './errors.ts';

/**
 * ClientToken (alibaba-api.md §4.6): the same token with the same parameters answers what the first call
 * answered and does nothing; with other parameters it is IdempotentParameterMismatch. The retention is
 * undocumented; a day is well beyond the hour callers may rely on, and covers a BFF restarting mid-rollout.
 */
export const TOKEN_RETENTION_MS = 24 * 3_600_000;
const TOKEN = /^[\x20-\x7e]{1,64}$/;

export interface TokenEntry {
  readonly key: string;
  readonly fingerprint: string;
  readonly result: Readonly<Record<string, string>>;
  readonly at: number;
}

/** The token of a request, checked for the documented form (ASCII, at most 64 characters). */
export function clientTokenOf(params: RpcParams): string | undefined {
  const token = params.ClientToken;
  if (token === undefined || token === '') return undefined;
  if (!TOKEN.test(token)) throw caErrors.invalidClientToken();
  return token;
}

/** Every business parameter except the token itself, in a stable order. */
const fingerprintOf = (params: RpcParams): string =>
  JSON.stringify(Object.keys(params).filter((k) => k !== 'ClientToken').sort().map((k) => [k, params[k]]));

export class IdempotencyStore {
  readonly #clock: Clock;
  readonly #entries = new Map<string, TokenEntry>();

  constructor(clock: Clock, saved: readonly TokenEntry[] = []) {
    this.#clock = clock;
    for (const entry of saved) this.#entries.set(entry.key, entry);
  }

  /** The earlier answer for this token, or undefined when the call is new. */
  replay(scope: string, token: string | undefined, params: RpcParams): Readonly<Record<string, string>> | undefined {
    if (token === undefined) return undefined;
    this.#expire();
    const entry = this.#entries.get(`${scope}\u0000${token}`);
    if (!entry) return undefined;
    if (entry.fingerprint !== fingerprintOf(params)) throw caErrors.idempotentMismatch();
    return entry.result;
  }

  remember(scope: string, token: string | undefined, params: RpcParams, result: Readonly<Record<string, string>>): void {
    if (token === undefined) return;
    const key = `${scope}\u0000${token}`;
    this.#entries.set(key, { key, fingerprint: fingerprintOf(params), result, at: this.#clock.now() });
  }

  snapshot(): TokenEntry[] {
    this.#expire();
    return [...this.#entries.values()];
  }

  #expire(): void {
    const cutoff = this.#clock.now() - TOKEN_RETENTION_MS;
    for (const [key, entry] of this.#entries) if (entry.at < cutoff) this.#entries.delete(key);
  }
}
