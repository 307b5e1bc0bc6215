import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn } from '../../../testing/signed-in.ts';
import { createShare, openShared, shareBody } from './share-fixtures.ts';

class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    done();
  }
}

it('keeps share tokens out of the log, for live and unavailable links and the page that opens them', async () => {
  const logs = new LogCapture();
  const app = await buildTestApp({ logStream: logs });
  try {
    const sharer = await signedIn(app, 'viewer');
    const { token } = await createShare(app, sharer, shareBody({ visibility: 'public' }));
    expect((await openShared(app, token)).statusCode).toBe(200);
    expect((await openShared(app, `${token}x`)).statusCode).toBe(404);
    await app.inject({ method: 'DELETE', url: `/api/shares/none`, headers: sharer.headers });
    await app.inject({ method: 'GET', url: `/shared/${token}` });
    const log = logs.lines.join('');
    expect(log).toContain('/api/shared/[redacted]');
    expect(log).toContain('"url":"/shared/[redacted]"');
    expect(log).not.toContain(token);
  } finally {
    await app.close();
  }
});
