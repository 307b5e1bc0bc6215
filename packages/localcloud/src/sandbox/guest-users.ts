import type { InstanceSpec } from '../world/model.ts';

export interface GuestUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  /** A guest path. */
  readonly home: string;
}

const LINUX_USERS: readonly GuestUser[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root' },
  { name: 'ecs-user', uid: 1000, gid: 1000, home: '/home/ecs-user' },
  { name: 'admin', uid: 1001, gid: 1001, home: '/home/admin' },
];

/** Windows has no numeric ids; these are the accounts' relative ids, which only make the shape uniform. */
const WINDOWS_USERS: readonly GuestUser[] = [
  { name: 'System', uid: 18, gid: 18, home: 'C:\\Windows\\system32\\config\\systemprofile' },
  { name: 'Administrator', uid: 500, gid: 544, home: 'C:\\Users\\Administrator' },
];

export const isWindows = (spec: InstanceSpec): boolean => spec.image.osType === 'windows';

/** The accounts every instance of this image has; the first is the one commands run as by default. */
export function guestUsers(spec: InstanceSpec): GuestUser[] {
  return [...(isWindows(spec) ? WINDOWS_USERS : LINUX_USERS)];
}

/** Windows account names are case-insensitive, Linux ones are not. */
export function findGuestUser(users: readonly GuestUser[], name: string, windows: boolean): GuestUser | undefined {
  if (name === '') return users[0];
  return users.find((u) => (windows ? u.name.toLowerCase() === name.toLowerCase() : u.name === name));
}

/** The /etc files a Linux guest's accounts need, so `id`, `whoami` and `ls -l` show the guest's names. */
export function accountFiles(users: readonly GuestUser[]): { passwd: string; group: string; shadow: string } {
  const line = (u: GuestUser) => `${u.name}:x:${u.uid}:${u.gid}:${u.name === 'root' ? 'root' : ''}:${u.home}:/bin/bash`;
  return {
    passwd: [...users.map(line), 'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin', ''].join('\n'),
    group: [...users.map((u) => `${u.name}:x:${u.gid}:`), 'nogroup:x:65534:', ''].join('\n'),
    shadow: [...users.map((u) => `${u.name}:!:19700:0:99999:7:::`), ''].join('\n'),
  };
}
