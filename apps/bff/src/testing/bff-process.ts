import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../server.ts', import.meta.url));
const READY = /Porthole is running at (http:\/\/\S+)/;

export interface BffProcess {
  readonly url: string;
  /** Ends the process with this signal and waits until it has gone. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/**
 * The real BFF (server.ts) in a child process, listening on an ephemeral loopback port. Only the
 * given variables reach it (plus PATH), so the machine's own cloud credentials never do.
 */
export async function startBffProcess(env: Record<string, string>, timeoutMs = 20_000): Promise<BffProcess> {
  const child = spawn(process.execPath, [SERVER], {
    env: { PATH: process.env.PATH ?? '', PORTHOLE_HOST: '127.0.0.1', PORTHOLE_PORT: '0', PORTHOLE_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  try {
    const url = await readyUrl(child, timeoutMs, () => output);
    return { url, stop: (signal) => stop(child, signal) };
  } catch (error) {
    await stop(child, 'SIGKILL');
    throw error;
  }
}

function readyUrl(child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`the BFF did not start within ${timeoutMs} ms:\n${stderr()}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = READY.exec(stdout);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve(match[1]);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the BFF exited (${code}) before listening:\n${stderr()}`));
    });
  });
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}
