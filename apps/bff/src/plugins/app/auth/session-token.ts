import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'porthole_session';

/** 256 random bits: the cookie value, the only copy of which is in the browser. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps: a leaked table yields no usable cookie. */
export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
