import { constants } from 'node:fs';
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { containerUsers } from './guest-containers.ts';
import type { LaunchPlan } from './guest-process.ts';
import { type GuestTree, locateDir, SCRIPT_DIR, SYSTEM_DIRS } from './guest-tree.ts';
import { findGuestUser, guestUsers } from './guest-users.ts';
import { HOST_PATH, type Isolation, namespaceFlags } from './isolation.ts';
import { executionException, refused } from './refusals.ts';
import type { ScriptEnd, ScriptRequest } from './script-request.ts';

const INIT_SCRIPT = fileURLToPath(new URL('./guest-init.sh', import.meta.url));
const INSTANCE_DIRS = ['root', 'home', 'tmp', 'var'];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SCRIPT_FILE = /\{\{ACS::ScriptFileName(?:\|Ext\("([^"]*)"\))?\}\}/g;

export interface LinuxHost {
  readonly root: string;
  readonly mountpoint: string;
  readonly isolation: Isolation;
  /** Builds each tree once, however many runs ask for it at the same time. */
  prepare(tree: GuestTree): Promise<void>;
  scriptName(req: ScriptRequest): string;
}

/** The guest a request runs in: the instance itself or one of its containers. */
export function guestTree(root: string, req: ScriptRequest): GuestTree {
  const instanceDir = join(root, req.spec.instanceId);
  const container = req.container;
  if (!container) {
    return { hostDir: instanceDir, hostName: req.spec.hostName, users: guestUsers(req.spec), writable: INSTANCE_DIRS };
  }
  const top = container.workingDir.split('/')[1] ?? '';
  return {
    hostDir: join(instanceDir, 'containers', container.name),
    hostName: container.id.slice(0, 12),
    users: containerUsers(container),
    writable: ['root', 'tmp', 'var', ...(top === '' || SYSTEM_DIRS.includes(top) || top === 'tmp' ? [] : [top])],
  };
}

/** Checks a Linux request the way the agent does before it runs anything, then says how to start it. */
export async function planLinuxRun(req: ScriptRequest, host: LinuxHost): Promise<LaunchPlan | ScriptEnd> {
  if (req.type === 'RunPowerShellScript' || req.type === 'RunBatScript') return refused('CommandNotApplicable');
  if (req.container && (req.type !== 'RunShellScript' || /^#!\S*python/.test(req.content))) return refused('CommandNotApplicable');
  const tree = guestTree(host.root, req);
  const user = findGuestUser(tree.users, req.username || (req.container?.user ?? ''), false);
  if (!user) return refused('AccountNotExists');
  await host.prepare(tree);
  const dir = await locateDir(tree, req.workingDir || (req.container?.workingDir ?? user.home));
  if (!dir) return refused('DirectoryNotExists');
  if (req.type === 'RunPythonScript' && !(await onHostPath('python3'))) {
    return executionException('python3 is not installed on the instance');
  }

  const inNamespaces = host.isolation === 'namespaces';
  const placeholder = [...(req.launcher ?? '').matchAll(SCRIPT_FILE)].find((m) => m[1] !== undefined);
  const ext = placeholder?.[1] ?? (req.type === 'RunPythonScript' ? '.py' : '.sh');
  const name = `${host.scriptName(req)}${ext}`;
  await writeFile(join(tree.hostDir, SCRIPT_DIR, name), req.content, { mode: 0o644 });
  const scriptPath = inNamespaces ? `${SCRIPT_DIR}/${name}` : join(tree.hostDir, SCRIPT_DIR, name);
  const shell = req.container ? '/bin/sh' : '/bin/bash';
  const command = req.launcher
    ? [shell, '-c', req.launcher.replaceAll(SCRIPT_FILE, scriptPath)]
    : [req.type === 'RunPythonScript' ? 'python3' : shell, scriptPath];

  const home = inNamespaces ? user.home : join(tree.hostDir, user.home);
  const env = guestEnvironment(user.name, home, tree.hostName, req.env);
  if (!inNamespaces) {
    // `exec` keeps the script as the process we started, so TerminationMode=Process kills the script itself.
    return { command: '/bin/bash', args: ['-c', 'exec "$@" 2>&1', 'bash', ...command], cwd: dir.host, env };
  }
  const envPairs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  const account = [String(user.uid), String(user.gid), namespaceFlags.switchBy];
  const init = [host.mountpoint, tree.hostDir, tree.hostName, ...account, dir.guest];
  const dirs = [tree.writable.join(' '), SYSTEM_DIRS.join(' ')];
  return {
    command: 'unshare',
    args: [...namespaceFlags.args, '/bin/bash', INIT_SCRIPT],
    env: { PATH: HOST_PATH },
    initParams: [...init, ...dirs, ...envPairs, '--', ...command],
  };
}

/** A login-like environment and nothing of the simulator's own (its credentials included). */
function guestEnvironment(user: string, home: string, hostName: string, extra: Readonly<Record<string, string>> = {}) {
  for (const [name, value] of Object.entries(extra)) {
    if (!ENV_NAME.test(name) || value.includes('\0')) throw new TypeError(`invalid environment variable ${JSON.stringify(name)}`);
  }
  return { PATH: HOST_PATH, HOME: home, USER: user, LOGNAME: user, HOSTNAME: hostName, LANG: 'C.UTF-8', ...extra };
}

async function onHostPath(program: string): Promise<boolean> {
  for (const dir of HOST_PATH.split(':')) {
    if (await access(join(dir, program), constants.X_OK).then(() => true, () => false)) return true;
  }
  return false;
}
