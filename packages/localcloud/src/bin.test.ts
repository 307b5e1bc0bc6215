import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('bin starts on the configured port, prints endpoint, keys and admin token, and exits cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./bin.ts', import.meta.url))], {
    env: { ...process.env, LOCALCLOUD_PORT: '0', LOCALCLOUD_ACCESS_KEY_ID: '', LOCALCLOUD_STATE_FILE: '', LOCALCLOUD_ADMIN_TOKEN: 'bin-test-admin-token', LOCALCLOUD_TIMING: 'fast' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect.poll(() => output, { timeout: 10_000 }).toContain('admin token:');
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    expect(url).toBeDefined();
    expect(output).toContain('access key id:     LOCALCLOUD-ACCESS-KEY-ID');
    expect(output).toContain('bin-test-admin-token');
    const reply = await fetch(`${url}/?Action=DescribeRegions&Version=2014-05-26`);
    expect(((await reply.json()) as { Code: string }).Code).toBe('MissingParameter');
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
  }
}, 20_000);
