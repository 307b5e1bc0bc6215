import type { Distro } from './catalogue.ts';

/** Units whose start systemd prints while a Linux guest of each family boots (after switch-root). */
const COMMON = [
  'Started Journal Service.',
  'Started Apply Kernel Variables.',
  'Started Create Static Device Nodes in /dev.',
  'Started udev Kernel Device Manager.',
  'Started udev Coldplug all Devices.',
  'Found device /dev/ttyS0.',
  'Reached target Local File Systems.',
  'Started Create Volatile Files and Directories.',
  'Started Update UTMP about System Boot/Shutdown.',
  'Reached target System Initialization.',
  'Started Daily Cleanup of Temporary Directories.',
  'Listening on D-Bus System Message Bus Socket.',
  'Reached target Sockets.',
  'Reached target Basic System.',
  'Started D-Bus System Message Bus.',
  'Started Initial cloud-init job (pre-networking).',
  'Reached target Network (Pre).',
];

const NETWORK: Readonly<Record<Exclude<Distro, 'windows'>, string>> = {
  alinux: 'Started Network Manager.',
  centos: 'Started LSB: Bring up/down networking.',
  ubuntu: 'Started Network Configuration.',
  debian: 'Started Raise network interfaces.',
};

const LATE = [
  'Reached target Network.',
  'Started Initial cloud-init job (metadata service crawler).',
  'Reached target Cloud-config availability.',
  'Started OpenSSH server daemon.',
  'Started Aliyun Assist.',
  'Started Command Scheduler.',
  'Started Serial Getty on ttyS0.',
  'Reached target Login Prompts.',
  'Reached target Multi-User System.',
];

/** Units that fail now and then on real images; one boot in four shows one of them. */
export const FLAKY_UNITS = [
  ['Load Kernel Modules', 'systemd-modules-load.service'],
  ['Wait for Network to be Configured', 'systemd-networkd-wait-online.service'],
  ['Set up automount for /mnt/data', 'mnt-data.automount'],
  ['chrony, an NTP client/server', 'chronyd.service'],
] as const;

export const bootUnits = (distro: Exclude<Distro, 'windows'>): string[] => [...COMMON, NETWORK[distro], ...LATE];

export const SHUTDOWN_UNITS = [
  '         Stopping Session 1 of user root...',
  '         Stopping Aliyun Assist...',
  '         Stopping OpenSSH server daemon...',
  '         Stopping Serial Getty on ttyS0...',
  'Stopped Aliyun Assist.',
  'Stopped OpenSSH server daemon.',
  'Stopped Serial Getty on ttyS0.',
  'Stopped target Multi-User System.',
  'Stopped target Network.',
  'Stopped Create Volatile Files and Directories.',
  'Unmounted /run/user/0.',
  'Reached target Unmount All Filesystems.',
  'Stopped target Local File Systems.',
  'Stopped Journal Service.',
  'Reached target Shutdown.',
  'Reached target Final Step.',
];
