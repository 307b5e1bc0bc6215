import { describe, expect, it } from 'vitest';
import { classifyBootPhases } from './boot-phases.ts';

describe('classifyBootPhases', () => {
  it('follows a Linux boot from firmware to the login prompt', () => {
    const lines = [
      'noise before anything',
      'SeaBIOS (version 1.16.0)',
      'Booting from Hard Disk...',
      '[    0.000000] Linux version 5.10.134 (gcc)',
      '[    0.100000] Unpacking initramfs...',
      '[    1.000000] systemd[1]: Detected virtualization kvm.',
      'Welcome to Alibaba Cloud Linux 3!',
      '[   10.000000] cloud-init[812]: Cloud-init v. 23.4 running',
      'iZbp1 login: ',
    ];
    expect(classifyBootPhases(lines)).toEqual([
      null,
      'firmware',
      'firmware',
      'kernel',
      'initrd',
      'systemd',
      'systemd',
      'cloudInit',
      'login',
    ]);
  });

  it('recognises UEFI and skips phases a boot does not show', () => {
    expect(classifyBootPhases(['UEFI firmware starting', 'Welcome to Ubuntu 22.04!', 'host login:'])).toEqual([
      'firmware',
      'systemd',
      'login',
    ]);
  });

  it('never goes back to an earlier phase', () => {
    expect(classifyBootPhases(['Welcome to Debian', 'dmesg: Linux version 6.1', 'BIOS-provided physical RAM map'])).toEqual([
      'systemd',
      'systemd',
      'systemd',
    ]);
  });
});
