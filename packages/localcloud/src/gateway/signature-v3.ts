import { createHash, createHmac } from 'node:crypto';
import { percentEncode } from './percent-encode.ts';
import type { ParamPair } from './rpc-params.ts';

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted `enc(name)=enc(value)` pairs; a value-less parameter still contributes `name=`. */
export function v3CanonicalQuery(query: readonly ParamPair[]): string {
  return query
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([an, av], [bn, bv]) => byteOrder(an, bn) || byteOrder(av, bv))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

/**
 * `name:value\n` for each signed header, names lower-cased and sorted. A header sent several times
 * contributes its trimmed values sorted and joined with `,` (what the SDK's canonicaliser does).
 */
export function v3CanonicalHeaders(headers: readonly ParamPair[], signedHeaders: readonly string[]): string {
  const values = new Map<string, string[]>();
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (!signedHeaders.includes(lower)) continue;
    values.set(lower, [...(values.get(lower) ?? []), value.trim()]);
  }
  return [...signedHeaders]
    .sort(byteOrder)
    .map((name) => `${name}:${(values.get(name) ?? []).sort(byteOrder).join(',')}\n`)
    .join('');
}

export interface V3CanonicalInput {
  readonly method: string;
  readonly query: readonly ParamPair[];
  /** Every header as received, in any case; only the signed ones are used. */
  readonly headers: readonly ParamPair[];
  /** Lower-case names. */
  readonly signedHeaders: readonly string[];
  readonly payloadHash: string;
  /** `/` for every RPC call; only the SDK's own unit-test vector signs an empty one. */
  readonly canonicalUri?: string;
}

export function v3CanonicalRequest(input: V3CanonicalInput): string {
  const signed = [...input.signedHeaders].sort(byteOrder);
  return [
    input.method.toUpperCase(),
    input.canonicalUri ?? '/',
    v3CanonicalQuery(input.query),
    v3CanonicalHeaders(input.headers, signed),
    signed.join(';'),
    input.payloadHash,
  ].join('\n');
}

export const v3StringToSign = (canonicalRequest: string): string => `${V3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;

/** Hex HMAC-SHA256 keyed with the bare secret (no `&`, unlike V1). */
export const v3Signature = (accessKeySecret: string, stringToSign: string): string =>
  createHmac('sha256', accessKeySecret).update(stringToSign).digest('hex');
