import { describe, expect, it } from 'vitest';
import { findTroubleLines, isTroubleLine } from './trouble-lines.ts';

describe('isTroubleLine', () => {
  it.each([
    '[FAILED] Failed to start Network Manager.',
    'Failed to start cloud-init.service',
    'Kernel panic - not syncing: VFS: Unable to mount root fs',
    'EXT4-fs error (device vda1): bad block',
    'mount: ERROR unknown filesystem',
    'A start job for dev-vdb.device timed out.',
    'Timeout waiting for device',
    'Call Trace:',
    'sshd[812]: segfault at 0 ip 0000',
    'Out of memory: Killed process 1234 (java)',
  ])('flags %s', (line) => {
    expect(isTroubleLine(line)).toBe(true);
  });

  it.each(['[  OK  ] Started OpenSSH server daemon.', 'errorlog rotated', 'Errors: none', 'login: '])('leaves %s alone', (line) => {
    expect(isTroubleLine(line)).toBe(false);
  });

  it('lists the trouble lines by index', () => {
    expect(findTroubleLines(['ok', 'Call Trace:', 'ok', '[FAILED] x'])).toEqual([1, 3]);
  });
});
