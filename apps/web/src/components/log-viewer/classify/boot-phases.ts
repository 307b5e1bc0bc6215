export const bootPhases = ['firmware', 'kernel', 'initrd', 'systemd', 'cloudInit', 'login'] as const;
export type BootPhase = (typeof bootPhases)[number];

// The first line that shows a phase has begun. Phases are tried in boot order only forward from
// the current one: a kernel message printed late ("Linux version" in a dmesg dump) does not send
// the boot back to the kernel phase.
const phaseStarts: Record<BootPhase, RegExp> = {
  firmware: /\b(?:SeaBIOS|BIOS|UEFI|EFI stub|iPXE|Booting from)\b/i,
  kernel: /Linux version/,
  initrd: /\b(?:initrd|initramfs)\b/i,
  systemd: /systemd\[1\]|Welcome to/,
  cloudInit: /cloud-init/,
  login: /login:/,
};

/** The boot phase each line belongs to, or null before the first recognised one. */
export function classifyBootPhases(lines: readonly string[]): (BootPhase | null)[] {
  let current = -1;
  return lines.map((line) => {
    for (let next = current + 1; next < bootPhases.length; next += 1) {
      if (phaseStarts[bootPhases[next] as BootPhase].test(line)) {
        current = next;
        break;
      }
    }
    return current < 0 ? null : (bootPhases[current] as BootPhase);
  });
}
