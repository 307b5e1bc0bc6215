import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signInAs } from '../../../testing/signed-in.ts';

class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    done();
  }
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'porthole-first-admin-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

// An empty PORTHOLE_ADMIN_PASSWORD counts as unset.
const startWithoutPassword = (logs: LogCapture) => buildTestApp({ logStream: logs, env: { PORTHOLE_DATA_DIR: dataDir, PORTHOLE_ADMIN_PASSWORD: '' } });

describe('the first start without PORTHOLE_ADMIN_PASSWORD', () => {
  it('creates admin with a generated password, logged once in one warning that says so', async () => {
    const logs = new LogCapture();
    const app = await startWithoutPassword(logs);
    try {
      const warnings = logs.lines.map((line) => JSON.parse(line) as { level: number; msg: string }).filter((line) => line.msg.includes('generated password'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.level).toBe(40);
      expect(warnings[0]!.msg).toMatch(/will not be shown again/);
      const password = /generated password (\S+)/.exec(warnings[0]!.msg)![1]!;
      expect(password.length).toBeGreaterThanOrEqual(24);

      const admin = await signInAs(app, 'admin', password);
      expect(admin.user).toMatchObject({ name: 'admin', role: 'admin' });
      expect(logs.lines.filter((line) => line.includes(password))).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('does nothing on the next start: the users exist', async () => {
    const logs = new LogCapture();
    const app = await startWithoutPassword(logs);
    await app.close();
    expect(logs.lines.filter((line) => line.includes('password'))).toEqual([]);
  });
});
