/**
 * RFC 3986 encoding as both signature schemes define it: unreserved `A-Z a-z 0-9 - _ . ~` stay,
 * everything else becomes upper-case `%XY` of its UTF-8 bytes (space is `%20`, never `+`).
 * encodeURIComponent leaves `! ' ( ) *` alone, so those are patched afterwards.
 */
export const percentEncode = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
