import type { GuestUser } from './guest-users.ts';

/** What a simulated Windows shell can see of its machine and how it talks back. */
export interface WindowsGuest {
  readonly hostName: string;
  readonly user: GuestUser;
  readonly workingDir: string;
  /** Where the agent would have saved the script, for PowerShell's error positions. */
  readonly scriptPath: string;
  readonly env: Readonly<Record<string, string>>;
  readonly timeZone: string;
  now(): number;
  /** Waits on the injected clock; false when the run was stopped meanwhile. */
  sleep(ms: number): Promise<boolean>;
  write(text: string): void;
}

/** Windows instances of the China regions run on China Standard Time, as the public images ship. */
export const windowsTimeZone = (regionId: string): string => (regionId.startsWith('cn-') ? 'Asia/Shanghai' : 'UTC');

export function whoami(guest: WindowsGuest): string {
  return guest.user.name === 'System' ? 'nt authority\\system' : `${guest.hostName.toLowerCase()}\\${guest.user.name.toLowerCase()}`;
}

/** The variables a Windows session has, so `$env:X` and `%X%` resolve like on the machine. */
export function windowsEnvironment(hostName: string, user: GuestUser, extra: Readonly<Record<string, string>>): Record<string, string> {
  return {
    COMPUTERNAME: hostName,
    USERNAME: user.name === 'System' ? `${hostName}$` : user.name,
    USERPROFILE: user.home,
    SystemRoot: 'C:\\Windows',
    windir: 'C:\\Windows',
    OS: 'Windows_NT',
    ...extra,
  };
}

/** Windows looks variables up regardless of case. */
export function lookupEnv(env: Readonly<Record<string, string>>, name: string): string {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? '' : (env[key] ?? '');
}

/** `Get-Date`'s default en-US rendering: `Tuesday, November 24, 2026 7:54:14 PM`. */
export function longDate(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    hour12: true,
  }).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')}, ${part('month')} ${part('day')}, ${part('year')} ${part('hour')}:${part('minute')}:${part('second')} ${part('dayPeriod')}`;
}
