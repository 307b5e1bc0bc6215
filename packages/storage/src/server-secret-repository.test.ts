import { expect, it } from 'vitest';
import { describeEachBackend } from './testing/backends.ts';
import { serverSecretRepository } from './server-secret-repository.ts';

describeEachBackend('serverSecretRepository', (backend) => {
  it('keeps the first secret of a name, also when replicas race, and across reopening', async () => {
    const first = serverSecretRepository(await backend.open());
    const second = serverSecretRepository(await backend.open());
    const [a, b] = await Promise.all([first.getOrCreate('csrf', () => 'secret-a'), second.getOrCreate('csrf', () => 'secret-b')]);
    expect(a).toBe(b);
    expect(['secret-a', 'secret-b']).toContain(a);

    const reopened = serverSecretRepository(await backend.open());
    expect(await reopened.getOrCreate('csrf', () => 'secret-c')).toBe(a);
    expect(await reopened.getOrCreate('other', () => 'secret-d')).toBe('secret-d');
  });
});
