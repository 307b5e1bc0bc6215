import { timingSafeEqual } from 'node:crypto';
import { gatewayErrors } from './gateway-errors.ts';

/** A key pair the simulator accepts. With `securityToken` it is an STS temporary key pair. */
export interface AccessKey {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string;
  /** Epoch milliseconds after which the STS token is refused as expired. */
  readonly expiresAt?: number;
}

/** Compares secrets without leaking, through timing, how long a matching prefix is. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export class AccessKeyStore {
  readonly #keys = new Map<string, AccessKey>();

  constructor(keys: readonly AccessKey[]) {
    if (keys.length === 0) throw new Error('localcloud needs at least one access key pair');
    for (const key of keys) {
      if (!key.accessKeyId || !key.accessKeySecret) throw new Error('every access key needs an id and a secret');
      if (this.#keys.has(key.accessKeyId)) throw new Error(`duplicate access key id ${key.accessKeyId}`);
      this.#keys.set(key.accessKeyId, key);
    }
  }

  find(accessKeyId: string): AccessKey {
    const key = this.#keys.get(accessKeyId);
    if (!key) throw gatewayErrors.accessKeyNotFound();
    return key;
  }

  /**
   * STS rules: a temporary key needs its own token, unexpired. A real token is an opaque blob that names
   * its key pair, so a token belonging to another configured key reads as "mismatch", anything else as
   * "malformed".
   */
  checkSecurityToken(key: AccessKey, presented: string | undefined, now: number): void {
    if (key.securityToken === undefined && presented === undefined) return;
    if (presented === undefined) throw gatewayErrors.securityTokenMissing();
    if (key.securityToken === undefined || !constantTimeEqual(presented, key.securityToken)) {
      const ownedByAnother = [...this.#keys.values()].some(
        (other) => other.securityToken !== undefined && constantTimeEqual(presented, other.securityToken),
      );
      throw ownedByAnother ? gatewayErrors.securityTokenMismatch() : gatewayErrors.securityTokenMalformed();
    }
    if (key.expiresAt !== undefined && now >= key.expiresAt) throw gatewayErrors.securityTokenExpired();
  }
}
