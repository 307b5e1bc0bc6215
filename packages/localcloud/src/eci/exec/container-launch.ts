import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateDir, prepareTree, SYSTEM_DIRS, type GuestTree } from '../../sandbox/guest-tree.ts';
import { HOST_PATH, namespaceFlags, probeIsolation } from '../../sandbox/isolation.ts';
import type { PtyPlan } from '../../sandbox/pty-launch.ts';
import type { ExecRequest } from './exec-request.ts';

/** Builds the container's root and runs one command in the foreground with the stdio it was given (a PTY or pipes). */
const GUEST_INIT = fileURLToPath(new URL('./container-init.sh', import.meta.url));
/** Containers run as root unless their image says otherwise; the seed's images do not. */
const ROOT = { name: 'root', uid: 0, gid: 0, home: '/root' } as const;

/** One ECI container's own tree, `<root>/<containerGroupId>/<containerName>/`, apart from the ECS instances' trees. */
export function containerTree(root: string, req: ExecRequest): GuestTree {
  return {
    hostDir: join(root, req.group.containerGroupId, req.container.name),
    // ECI gives every container of a group the group's name as host name, as Kubernetes does with a pod's.
    hostName: req.group.containerGroupName,
    users: [ROOT],
    writable: ['root', 'tmp', 'var', 'home', 'srv'],
  };
}

const shellQuote = (arg: string): string => `'${arg.replaceAll("'", `'\\''`)}'`;

/**
 * The PTY node-pty opens belongs to a session outside the guest's pid namespace, so a shell in the guest cannot make
 * itself the terminal's foreground group (dash then gives up: "Cannot set tty process group"). util-linux `script`
 * gives the command a PTY and session of its own inside the namespace, and passes window-size changes through.
 */
const onOwnTerminal = (command: readonly string[]): string[] => ['script', '-qfec', `exec ${command.map(shellQuote).join(' ')}`, '/dev/null'];

/** Prepares the container's tree and says how to start the command in it (on a PTY or on pipes, alike). */
export async function planContainerLaunch(root: string, req: ExecRequest): Promise<PtyPlan> {
  const tree = containerTree(root, req);
  await prepareTree(tree);
  const mountpoint = join(root, '.guest-root');
  await mkdir(mountpoint, { recursive: true });
  const inNamespaces = probeIsolation(mountpoint) === 'namespaces';
  const home = (await locateDir(tree, ROOT.home)) ?? { guest: '/', host: tree.hostDir };
  const env: Record<string, string> = {
    PATH: HOST_PATH,
    HOME: inNamespaces ? ROOT.home : home.host,
    HOSTNAME: tree.hostName,
    ...(req.tty ? { TERM: 'xterm' } : {}),
    ...Object.fromEntries(req.container.env.map((e) => [e.key, e.value])),
  };
  const [file = '/bin/sh', ...args] = req.command;
  if (!inNamespaces) return { file, args, cwd: home.host, env };

  // Parameters travel in a file the init deletes once read, so neither the host's nor the guest's `ps` shows them.
  const paramsDir = join(root, '.exec-params');
  await mkdir(paramsDir, { recursive: true, mode: 0o700 });
  const paramsFile = join(paramsDir, randomBytes(8).toString('hex'));
  const account = [String(ROOT.uid), String(ROOT.gid), namespaceFlags.switchBy];
  const params = [mountpoint, tree.hostDir, tree.hostName, ...account, '/', tree.writable.join(' '), SYSTEM_DIRS.join(' ')];
  params.push(...Object.entries(env).map(([k, v]) => `${k}=${v}`), '--', ...(req.tty ? onOwnTerminal(req.command) : req.command));
  await writeFile(paramsFile, params.map((p) => `${p}\0`).join(''), { mode: 0o600 });
  return { file: 'unshare', args: [...namespaceFlags.args, '/bin/bash', GUEST_INIT, paramsFile], cwd: root, env: { PATH: HOST_PATH } };
}
