import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.ts';

// Obviously fake values in the shapes the rules look for.
const AK_ID = 'LTAI' + 'FAKEFAKEFAKE0000';
const STS_ID = 'STS.' + 'FAKEFAKEFAKEFAKE0000';

describe('redactSecrets', () => {
  it.each([
    ['a long-term AccessKey id', `using key ${AK_ID} for ecs`, 'using key [REDACTED:access-key-id] for ecs'],
    ['an STS AccessKey id', `AccessKeyId: ${STS_ID}`, 'AccessKeyId: [REDACTED:access-key-id]'],
    ['an AccessKey secret as key=value', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=fakeSecretValue123', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=[REDACTED:access-key-secret]'],
    ['an AccessKey secret in JSON', '{"AccessKeySecret": "fake secret value", "Region": "cn-hangzhou"}', '{"AccessKeySecret": "[REDACTED:access-key-secret]", "Region": "cn-hangzhou"}'],
    ['an AccessKey secret in YAML', 'access_key_secret: fakeSecretValue123', 'access_key_secret: [REDACTED:access-key-secret]'],
    ['an AWS-style secret key', "aws_secret_access_key = 'fakeSecretValue123'", "aws_secret_access_key = '[REDACTED:access-key-secret]'"],
    ['an STS security token', 'SecurityToken=fakeTokenValue', 'SecurityToken=[REDACTED:access-key-secret]'],
    ['a password as key=value', 'mysql --user=root password=fake-pass', 'mysql --user=root password=[REDACTED:password]'],
    ['a passwd in YAML', '  passwd: fake-pass', '  passwd: [REDACTED:password]'],
    ['a pwd as key=value', 'DB_PWD=fake-pass;host=db', 'DB_PWD=[REDACTED:password];host=db'],
    ['a password in JSON', '{"password": "fake pass with spaces"}', '{"password": "[REDACTED:password]"}'],
    ['URL userinfo', 'cloning https://deploy:fake-pass@git.example.com/repo.git', 'cloning https://deploy:[REDACTED:password]@git.example.com/repo.git'],
    ['an Authorization bearer header', 'Authorization: Bearer fake.jwt-token_value==', 'Authorization: Bearer [REDACTED:bearer-token]'],
    ['a bare bearer token', 'curl -H "bearer abc123fake"', 'curl -H "bearer [REDACTED:bearer-token]"'],
  ])('redacts %s', (_name, input, expected) => {
    const result = redactSecrets(input);
    expect(result.text).toBe(expected);
    expect(result.count).toBe(1);
  });

  it('redacts a private key block line by line, keeping the line count', () => {
    const input = ['before', '-----BEGIN OPENSSH PRIVATE KEY-----', 'ZmFrZWtleWZha2VrZXk=', 'ZmFrZWtleQ==', '-----END OPENSSH PRIVATE KEY-----', 'after'].join('\n');
    const result = redactSecrets(input);
    expect(result.text.split('\n')).toEqual(['before', ...Array<string>(4).fill('[REDACTED:private-key]'), 'after']);
    expect(result.redactions).toEqual([{ kind: 'private-key', fromLine: 2, toLine: 5 }]);
  });

  it('redacts a private key block that the log cuts off before its end', () => {
    const result = redactSecrets('ok\n-----BEGIN RSA PRIVATE KEY-----\nZmFrZQ==');
    expect(result.text).toBe('ok\n[REDACTED:private-key]\n[REDACTED:private-key]');
  });

  it('reports the line of each redaction and counts them all', () => {
    const result = redactSecrets(`boot\npassword=a\nok\n${AK_ID} and ${AK_ID}`);
    expect(result.count).toBe(3);
    expect(result.redactions.map((r) => [r.kind, r.fromLine])).toEqual([
      ['password', 2],
      ['access-key-id', 4],
      ['access-key-id', 4],
    ]);
  });

  it('leaves ordinary log lines alone', () => {
    const log = [
      '[    0.000000] Linux version 5.10.134 (gcc 10.2.1)',
      '[  OK  ] Started OpenSSH server daemon.',
      'Changing password for user root.',
      'Password:',
      'cloud-init: fetching https://example.com/user-data',
      'AccessKeyId is required (LTAI is the prefix)',
      'the bearer of bad news',
      'key_secret_rotation=enabled',
    ].join('\n');
    expect(redactSecrets(log)).toEqual({ text: log, count: 0, redactions: [] });
  });

  it('does not redact a marker again', () => {
    const once = redactSecrets('password=fake-pass').text;
    expect(redactSecrets(once)).toMatchObject({ text: once, count: 0 });
  });
});
