import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-error.ts';
import { percentEncode } from './percent-encode.ts';
import { isFormContentType, mergeParams, parseUrlEncoded, rawQueryOf } from './rpc-params.ts';

describe('RPC parameter parsing', () => {
  it('decodes pieces with decodeURIComponent, keeping `+` literal and value-less names', () => {
    expect(parseUrlEncoded('a=1%2B2&b=x+y&empty&c=%E4%B8%AD&&d=')).toEqual([
      ['a', '1+2'],
      ['b', 'x+y'],
      ['empty', ''],
      ['c', '中'],
      ['d', ''],
    ]);
  });

  it('answers malformed percent-encoding with a 400 ApiError', () => {
    expect(() => parseUrlEncoded('a=%E4%B8')).toThrow(ApiError);
  });

  it('takes the raw query from the URL and lets the form body win on a clash', () => {
    expect(rawQueryOf('/?a=1&b=2')).toBe('a=1&b=2');
    expect(rawQueryOf('/')).toBe('');
    expect(mergeParams([['a', '1'], ['b', '2']], [['b', '3']])).toEqual({ a: '1', b: '3' });
    expect(isFormContentType('application/x-www-form-urlencoded; charset=UTF-8')).toBe(true);
    expect(isFormContentType('application/json')).toBe(false);
  });

  it('percent-encodes per RFC 3986', () => {
    expect(percentEncode("a b*(c)'!~-_.中/+=")).toBe('a%20b%2A%28c%29%27%21~-_.%E4%B8%AD%2F%2B%3D');
  });
});
