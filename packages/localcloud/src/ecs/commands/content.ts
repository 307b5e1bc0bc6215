import { caErrors } from '../../cloud-assistant/errors.ts';
import type { RpcParams } from '../../operation.ts';
import { optional } from '../params.ts';

/**
 * The InvokeCommand page: "The size of the command after Base64 encoding, including the custom parameters
 * and the original command content, cannot exceed 18 KB." Newer CreateCommand pages say 24 KB; the issue
 * holds us to the InvokeCommand page, so one limit applies to creating, running and invoking.
 */
export const MAX_CONTENT_BASE64_BYTES = 18 * 1024;

export type ContentEncoding = 'PlainText' | 'Base64';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** `ContentEncoding`: an unknown value falls back to the operation's default, as the API pages say. */
export function encodingParam(params: RpcParams, fallback: ContentEncoding): ContentEncoding {
  const value = optional(params, 'ContentEncoding')?.toLowerCase();
  if (value === 'plaintext') return 'PlainText';
  if (value === 'base64') return 'Base64';
  return fallback;
}

export function decodeContent(raw: string, encoding: ContentEncoding): string {
  if (encoding === 'PlainText') return raw;
  if (!BASE64.test(raw)) throw caErrors.contentDecodeError();
  return Buffer.from(raw, 'base64').toString('utf8');
}

export const encodeContent = (text: string, encoding: ContentEncoding): string =>
  encoding === 'Base64' ? Buffer.from(text, 'utf8').toString('base64') : text;

/** Output is kept as Base64; PlainText answers decode it. */
export const outputAs = (base64: string, encoding: ContentEncoding): string =>
  encoding === 'Base64' ? base64 : Buffer.from(base64, 'base64').toString('utf8');

export function checkContentSize(text: string): void {
  if (Buffer.from(text, 'utf8').toString('base64').length > MAX_CONTENT_BASE64_BYTES) throw caErrors.contentTooLong();
}
