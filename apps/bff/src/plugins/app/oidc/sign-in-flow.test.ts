import { describe, expect, it } from 'vitest';
import { flowCookieCodec, type SignInFlow } from './sign-in-flow.ts';

const flow: SignInFlow = { codeVerifier: 'v'.repeat(43), state: 'state-1', nonce: 'nonce-1', next: '/instances', expiresAt: 2_000 };
const codec = flowCookieCodec('TESTONLY-flow-secret');

describe('the sign-in flow cookie', () => {
  it('opens what it sealed until it expires', () => {
    const cookie = codec.seal(flow);
    expect(codec.open(cookie, 1_999)).toEqual(flow);
    expect(codec.open(cookie, 2_000)).toBeNull();
  });

  it('does not carry the client secret it is keyed with', () => {
    expect(codec.seal(flow)).not.toContain('TESTONLY-flow-secret');
  });

  it('refuses a changed, foreign or missing cookie', () => {
    const [payload = '', signature = ''] = codec.seal(flow).split('.');
    const changed = Buffer.from(JSON.stringify({ ...flow, next: '/elsewhere' })).toString('base64url');
    expect(codec.open(`${changed}.${signature}`, 0)).toBeNull();
    expect(flowCookieCodec('TESTONLY-another-secret').open(`${payload}.${signature}`, 0)).toBeNull();
    expect(codec.open(undefined, 0)).toBeNull();
    expect(codec.open('not a cookie', 0)).toBeNull();
  });
});
