import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits: the only copy is in the link the sharer is given. */
export const newShareToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps: a leaked table yields no working link. */
export const hashShareToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
