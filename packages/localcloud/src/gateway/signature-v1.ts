import { createHmac } from 'node:crypto';
import { percentEncode } from './percent-encode.ts';

/**
 * RPC signature V1 (HMAC-SHA1), alibaba-api.md §1.2: every parameter except `Signature`, sorted by
 * encoded name, joined as `enc(k)=enc(v)`, then `METHOD&%2F&enc(that)`. The method is part of it,
 * so a GET and a POST of the same parameters have different signatures.
 */
export function v1StringToSign(method: string, params: Readonly<Record<string, string>>): string {
  const canonical = Object.entries(params)
    .filter(([name]) => name !== 'Signature')
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonical)}`;
}

/** Base64 HMAC-SHA1 keyed with `secret + "&"` (the `&` is where an empty token secret once went). */
export const v1Signature = (accessKeySecret: string, stringToSign: string): string =>
  createHmac('sha1', `${accessKeySecret}&`).update(stringToSign).digest('base64');
