import { spawnSync } from 'node:child_process';

export type Isolation = 'namespaces' | 'directory';

/** How `unshare` is called; as a non-root user a user namespace is needed for the others. */
export interface NamespaceFlags {
  readonly args: readonly string[];
  /** How the guest account is entered: real root can setuid; otherwise a nested user namespace maps to it. */
  readonly switchBy: 'setpriv' | 'userns';
}

const asRoot = process.getuid?.() === 0;

export const namespaceFlags: NamespaceFlags = {
  args: [
    ...(asRoot ? [] : ['--user', '--map-root-user']),
    '--mount',
    '--uts',
    '--ipc',
    '--pid',
    '--net',
    '--fork',
    '--kill-child',
  ],
  switchBy: asRoot ? 'setpriv' : 'userns',
};

/** The host tools' PATH; the simulator's own PATH may point into home directories the guest cannot see. */
export const HOST_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

let probed: Isolation | undefined;

/**
 * Whether this machine lets us build a guest in namespaces: tried once per process with the same steps a run
 * takes (a private mount, a host name, a switch to an unprivileged account).
 */
export function probeIsolation(mountpoint: string): Isolation {
  if (probed) return probed;
  const steps = ['mount -t tmpfs probe "$1"', 'hostname probe', 'mount --bind /usr "$1"', 'mount -o remount,bind,ro "$1"'];
  steps.push(
    namespaceFlags.switchBy === 'setpriv'
      ? 'setpriv --reuid=65534 --regid=65534 --clear-groups true'
      : 'unshare --user --map-user=65534 --map-group=65534 true',
  );
  const probe = spawnSync('unshare', [...namespaceFlags.args, '/bin/sh', '-c', steps.join(' && '), 'probe', mountpoint], {
    env: { PATH: HOST_PATH },
    stdio: 'ignore',
    timeout: 10_000,
  });
  probed = probe.status === 0 ? 'namespaces' : 'directory';
  return probed;
}
