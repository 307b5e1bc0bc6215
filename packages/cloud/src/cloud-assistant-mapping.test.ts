import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, toCloudInvocation } from './cloud-assistant-mapping.ts';

describe('fromBase64', () => {
  it('decodes UTF-8 text', () => {
    expect(fromBase64(toBase64('héllo ✓\n'))).toBe('héllo ✓\n');
  });

  it('replaces invalid bytes and a sequence cut by the 24 KB cap instead of failing', () => {
    const cut = Buffer.concat([Buffer.from([0xff, 0x41]), Buffer.from('✓', 'utf8').subarray(0, 2)]);
    expect(fromBase64(cut.toString('base64'))).toBe('\uFFFDA\uFFFD');
  });

  it('reads a missing or empty field as no text', () => {
    expect(fromBase64(undefined)).toBe('');
    expect(fromBase64('')).toBe('');
  });
});

describe('toCloudInvocation', () => {
  it('parses the parameters the cloud sends as a JSON string', () => {
    expect(toCloudInvocation({ parameters: '{"name":"Jack","count":3}' } as never).parameters).toEqual({ name: 'Jack', count: '3' });
  });

  it.each([['not JSON', '{name'], ['not an object', '["a"]'], ['absent', undefined]])('reads parameters that are %s as none', (_name, parameters) => {
    expect(toCloudInvocation({ parameters } as never).parameters).toEqual({});
  });
});
