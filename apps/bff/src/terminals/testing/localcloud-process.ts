import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ADMIN_TOKEN_HEADER } from '@porthole/localcloud';

const BIN = fileURLToPath(new URL('./bin.ts', import.meta.resolve('@porthole/localcloud')));
const ADMIN_TOKEN = 'relay-test-admin-token';

export interface LocalcloudProcess {
  /** host:port, for PORTHOLE_CLOUD_ENDPOINT. */
  readonly endpoint: string;
  /** A call to the admin API (/__localcloud/...): faults and settings. */
  admin(method: 'POST' | 'PUT', path: string, body: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * A real localcloud in its own process, so that the relay's memory can be measured without the
 * simulator's (the PTY and its gateway) in the same heap.
 */
export async function startLocalcloudProcess(env: Record<string, string> = {}, timeoutMs = 20_000): Promise<LocalcloudProcess> {
  const child = spawn(process.execPath, [BIN], {
    env: { ...process.env, LOCALCLOUD_PORT: '0', LOCALCLOUD_HOST: '127.0.0.1', LOCALCLOUD_ACCESS_KEY_ID: '', LOCALCLOUD_STATE_FILE: '', LOCALCLOUD_ADMIN_TOKEN: ADMIN_TOKEN, LOCALCLOUD_TIMING: 'fast', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`localcloud did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      const match = /listening on http:\/\/(127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] && output.includes('admin token:')) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`localcloud exited (${code}):\n${output}`));
    });
  });
  return {
    endpoint: url,
    async admin(method, path, body) {
      const response = await fetch(`http://${url}${path}`, { method, headers: { 'content-type': 'application/json', [ADMIN_TOKEN_HEADER]: ADMIN_TOKEN }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`admin ${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
