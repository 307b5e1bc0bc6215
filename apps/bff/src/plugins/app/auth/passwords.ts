import { hash, verify, type Algorithm } from '@node-rs/argon2';

// The library's Algorithm is a const enum, which type stripping cannot inline: its Argon2id value.
const ARGON2ID = 2 as Algorithm.Argon2id;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 20-40 ms per hash here, slow enough
// to make offline guessing expensive, fast enough for sign-in not to be a denial-of-service lever.
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * True when `password` matches `passwordHash`. Without a hash (no such user, or one who signs in
 * elsewhere) a dummy hash is verified anyway, so the answer takes as long either way and its timing
 * does not tell which user names exist.
 */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined || passwordHash === '') {
    dummyHash ??= hashPassword('porthole timing equaliser');
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash matches nothing.
    return false;
  }
}
