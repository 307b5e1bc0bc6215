import { ApiError } from '../api-error.ts';

/** One `name=value` piece of a query string or form body, already percent-decoded. */
export type ParamPair = readonly [name: string, value: string];

const decode = (piece: string, raw: string): string => {
  try {
    return decodeURIComponent(piece);
  } catch {
    throw new ApiError(400, 'InvalidParameter', `The request contains a malformed percent-encoding: "${raw.slice(0, 100)}".`);
  }
};

/**
 * Splits `a=1&b=2` into decoded pairs. Deliberately not URLSearchParams: that decodes `+` as a space,
 * while the SDKs sign `+` literally (and V1 examples even send a raw `+` inside Signature).
 */
export function parseUrlEncoded(raw: string): ParamPair[] {
  const pairs: ParamPair[] = [];
  for (const piece of raw.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq === -1 ? piece : piece.slice(0, eq);
    const value = eq === -1 ? '' : piece.slice(eq + 1);
    pairs.push([decode(name, piece), decode(value, piece)]);
  }
  return pairs;
}

/** The raw (still encoded) query string of a request URL, without the `?`. */
export function rawQueryOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? '' : url.slice(q + 1);
}

export const isFormContentType = (contentType: string | undefined): boolean =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';

/** Query plus form-body parameters; on a name clash the body wins, as in the SDK's `{...query, ...body}`. */
export function mergeParams(query: readonly ParamPair[], form: readonly ParamPair[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of [...query, ...form]) params[name] = value;
  return params;
}
