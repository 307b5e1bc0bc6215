import { chmod, chown, mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { accountFiles, type GuestUser } from './guest-users.ts';

/** The directory that stands for one Linux guest (an instance or one of its containers) on the host. */
export interface GuestTree {
  readonly hostDir: string;
  readonly hostName: string;
  readonly users: readonly GuestUser[];
  /** Top-level guest directories the tree provides; everything else is the host's, read-only. */
  readonly writable: readonly string[];
}

/** Where the agent keeps the scripts it runs; the real /usr/local/share path is read-only in the guest. */
export const SCRIPT_DIR = '/var/lib/aliyun-assist/work/script';

/** The host's system directories a guest sees read-only (namespace mode binds them into its root). */
export const SYSTEM_DIRS: readonly string[] = ['usr', 'bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32', 'etc'];

const canChown = process.getuid?.() === 0;

/** Creates the tree on first use; later calls find it and keep whatever scripts left in it. */
export async function prepareTree(tree: GuestTree): Promise<void> {
  const at = (guestPath: string) => join(tree.hostDir, guestPath);
  for (const dir of tree.writable) await mkdir(at(dir), { recursive: true, mode: 0o755 });
  for (const dir of ['tmp', 'var/tmp']) {
    await mkdir(at(dir), { recursive: true });
    await chmod(at(dir), 0o1777);
  }
  await mkdir(at('var/log'), { recursive: true });
  await mkdir(at(SCRIPT_DIR), { recursive: true });
  await symlink('/run', at('var/run')).catch(ignoreExisting);
  await mkdir(at('etc'), { recursive: true });
  const accounts = accountFiles(tree.users);
  const files: [string, string, number][] = [
    ['passwd', accounts.passwd, 0o644],
    ['group', accounts.group, 0o644],
    ['shadow', accounts.shadow, 0o640],
    ['gshadow', accounts.shadow.replace(/:!:.*$/gm, ':!::'), 0o640],
    ['hostname', `${tree.hostName}\n`, 0o644],
  ];
  for (const [name, text, mode] of files) await writeFile(at(`etc/${name}`), text, { mode, flag: 'wx' }).catch(ignoreExisting);
  for (const user of tree.users) {
    if (!tree.writable.includes(user.home.split('/')[1] ?? '')) continue;
    await mkdir(at(user.home), { recursive: true });
    if (canChown) await chown(at(user.home), user.uid, user.gid);
  }
}

function ignoreExisting(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EEXIST') throw error;
}

/** A working directory in both views: the guest's path and where it lives on the host. */
export interface GuestDir {
  readonly guest: string;
  readonly host: string;
}

/** Resolves a guest directory, or undefined when the guest has no such directory. */
export async function locateDir(tree: GuestTree, guestPath: string): Promise<GuestDir | undefined> {
  if (!guestPath.startsWith('/')) return undefined;
  const guest = posix.normalize(guestPath).replace(/(.)\/$/, '$1');
  const top = guest.split('/')[1] ?? '';
  const inTree = guest === '/' || tree.writable.includes(top);
  if (!inTree && !SYSTEM_DIRS.includes(top)) return undefined;
  const host = inTree ? join(tree.hostDir, guest) : guest;
  const found = await stat(host).catch(() => undefined);
  return found?.isDirectory() ? { guest, host } : undefined;
}
