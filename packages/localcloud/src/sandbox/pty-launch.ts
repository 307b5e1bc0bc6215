import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InstanceSpec } from '../world/model.ts';
import { locateDir, prepareTree, SYSTEM_DIRS, type GuestTree } from './guest-tree.ts';
import { findGuestUser, guestUsers } from './guest-users.ts';
import { HOST_PATH, namespaceFlags, probeIsolation } from './isolation.ts';

const PTY_INIT = fileURLToPath(new URL('./pty-init.sh', import.meta.url));
const INSTANCE_DIRS = ['root', 'home', 'tmp', 'var'];

/** An interactive login on an instance, as the Session Manager agent starts it. */
export interface PtyRequest {
  /** The directory holding `<instanceId>/` trees: the Cloud Assistant's sandbox root, so both see the same files. */
  readonly root: string;
  readonly spec: InstanceSpec;
  /** Empty: root, the account the simulated images log in with. */
  readonly username: string;
  /** Run instead of a login shell (StartTerminalSession CommandLine), through `bash -c`. */
  readonly commandLine?: string;
}

/** What node-pty must spawn; `undefined` from planPtyLaunch means the account does not exist. */
export interface PtyPlan {
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
}

/** Builds the instance's tree if needed and says how to start a shell in it on a PTY. */
export async function planPtyLaunch(req: PtyRequest): Promise<PtyPlan | undefined> {
  const tree: GuestTree = {
    hostDir: join(req.root, req.spec.instanceId),
    hostName: req.spec.hostName,
    users: guestUsers(req.spec),
    writable: INSTANCE_DIRS,
  };
  const user = findGuestUser(tree.users, req.username, false);
  if (!user) return undefined;
  // Same files as guest-tree writes for RunCommand; creating them twice is harmless (EEXIST is ignored).
  await prepareTree(tree);
  const mountpoint = join(req.root, '.guest-root');
  await mkdir(mountpoint, { recursive: true });
  const inNamespaces = probeIsolation(mountpoint) === 'namespaces';
  const home = (await locateDir(tree, user.home)) ?? { guest: '/', host: tree.hostDir };
  const command = req.commandLine === undefined ? ['/bin/bash', '-l'] : ['/bin/bash', '-c', req.commandLine];
  // What the agent sets for a session (protocols.md §1.7), plus a login-like environment.
  const env = {
    PATH: HOST_PATH,
    HOME: inNamespaces ? user.home : home.host,
    USER: user.name,
    LOGNAME: user.name,
    SHELL: '/bin/bash',
    HOSTNAME: tree.hostName,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
  };
  if (!inNamespaces) return { file: command[0] ?? '/bin/bash', args: command.slice(1), cwd: home.host, env };

  const paramsDir = join(req.root, '.pty-params');
  await mkdir(paramsDir, { recursive: true, mode: 0o700 });
  const paramsFile = join(paramsDir, randomBytes(8).toString('hex'));
  const params = [
    mountpoint,
    tree.hostDir,
    tree.hostName,
    String(user.uid),
    String(user.gid),
    namespaceFlags.switchBy,
    home.guest,
    tree.writable.join(' '),
    SYSTEM_DIRS.join(' '),
    ...Object.entries(env).map(([k, v]) => `${k}=${v}`),
    '--',
    ...command,
  ];
  await writeFile(paramsFile, params.map((p) => `${p}\0`).join(''), { mode: 0o600 });
  return {
    file: 'unshare',
    args: [...namespaceFlags.args, '/bin/bash', PTY_INIT, paramsFile],
    cwd: req.root,
    env: { PATH: HOST_PATH, TERM: 'xterm-256color' },
  };
}
