import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedInstances } from '../world/instances-seed.ts';
import { ManualClock } from '../world/manual-clock.ts';
import type { InstanceSpec } from '../world/model.ts';
import type { ScriptRequest } from './script-request.ts';
import { Sandboxes } from './sandboxes.ts';

const specs = seedInstances('sandbox-tests').map((i) => i.spec);

export function seededSpec(matches: (spec: InstanceSpec) => boolean): InstanceSpec {
  const spec = specs.find(matches);
  if (!spec) throw new Error('the seed has no such instance');
  return spec;
}

export const linuxSpec = seededSpec((s) => s.image.osType === 'linux' && !/worker|api/.test(s.instanceName));
export const containerHost = seededSpec((s) => s.image.osType === 'linux' && /api/.test(s.instanceName));
export const windowsSpec = seededSpec((s) => s.image.osType === 'windows');

export const request = (spec: InstanceSpec, content: string, more: Partial<ScriptRequest> = {}): ScriptRequest => ({
  spec,
  type: 'RunShellScript',
  content,
  username: '',
  workingDir: '',
  timeoutSeconds: 60,
  terminationMode: 'ProcessTree',
  ...more,
});

export const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** A Sandboxes over a fresh temporary root; `dispose` kills what is left and removes the root. */
export async function openSandboxes(options: { outputLimitBytes?: number; directoryOnly?: boolean } = {}) {
  const root = await mkdtemp(join(tmpdir(), 'sandboxes-'));
  const clock = new ManualClock(Date.UTC(2026, 10, 24, 12, 0, 0));
  const sandboxes = new Sandboxes({ root, clock, ...options });
  return {
    root,
    clock,
    sandboxes,
    async dispose() {
      await sandboxes.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
