import { FLAKY_UNITS, SHUTDOWN_UNITS, bootUnits } from './boot-units.ts';
import type { InstanceSpec } from './model.ts';
import { Rng } from './rng.ts';

/** One serial-console line and when it appears, as seconds of guest uptime. */
export interface LogLine {
  readonly t: number;
  readonly text: string;
}

const OK = '[\u001b[0;32m  OK  \u001b[0m] ';
const FAILED = '[\u001b[0;1;31mFAILED\u001b[0m] ';
/** Where the kernel starts counting, after SeaBIOS and GRUB. */
const KERNEL_START = 1.4;

const stamp = (seconds: number): string => `[${seconds.toFixed(6).padStart(12, ' ')}] `;

const cloudInitDate = (ms: number): string =>
  new Date(ms).toUTCString().replace('GMT', '+0000');

/**
 * The serial log of boot number `boot` of a Linux instance. Deterministic in (seed, instance, boot), and
 * different for every boot: boot id, root-fs check, jitter, the odd failed unit.
 * `wallAt(t)` converts uptime to wall time for the dates cloud-init prints.
 */
export function bootLog(seed: string, spec: InstanceSpec, boot: number, wallAt: (t: number) => number): LogLine[] {
  const { distro, kernel, issue } = spec.image;
  if (distro === 'windows') return [];
  const rng = new Rng(seed, `boot:${spec.instanceId}:${boot}`);
  const lines: LogLine[] = [];
  let t = 0;
  const at = (dt: number, text: string): void => {
    t += dt;
    lines.push({ t, text });
  };
  const k = (dt: number, text: string): void => at(dt, `${stamp(t + dt - KERNEL_START)}${text}`);

  at(0, '\u001b[2J\u001b[01;01HSeaBIOS (version 1.13.0-2.module_el8.5.0+2608+72063365)');
  at(0.01, `Machine UUID ${spec.serialNumber}`);
  at(0.2, 'Booting from Hard Disk...');
  at(0.3, '\u001b[0m\u001b[37m\u001b[40m\u001b[2J\u001b[01;01H');
  at(0.6, 'Probing EDD (edd=off to disable)... ok');
  t = KERNEL_START;
  const rootUuid = rng.uuid();
  k(0, `Linux version ${kernel} (mockbuild@builder) (gcc version ${distro === 'centos' ? '4.8.5' : '10.2.1'}) #1 SMP`);
  k(0, `Command line: BOOT_IMAGE=/boot/vmlinuz-${kernel} root=UUID=${rootUuid} ro console=tty0 console=ttyS0,115200n8 net.ifnames=0 crashkernel=auto`);
  k(0, 'DMI: Alibaba Cloud Alibaba Cloud ECS, BIOS 449e491 04/01/2014');
  k(0, 'Hypervisor detected: KVM');
  k(0.000002, 'kvm-clock: Using msrs 4b564d01 and 4b564d00');
  const memKb = spec.type.memory * 1024;
  k(0.01 + rng.int(0, 9000) / 1e6, `Memory: ${memKb - rng.int(180_000, 260_000)}K/${memKb}K available`);
  k(0.002, `smpboot: Allowing ${spec.type.cpu} CPUs, 0 hotplug CPUs`);
  k(0.15 + rng.int(0, 50_000) / 1e6, 'smpboot: CPU0: Intel(R) Xeon(R) Platinum 8369B CPU @ 2.70GHz (family: 0x6, model: 0x6a, stepping: 0x6)');
  k(0.05, `smp: Brought up 1 node, ${spec.type.cpu} CPUs`);
  k(0.3 + rng.int(0, 80_000) / 1e6, 'virtio_blk virtio2: [vda] 83886080 512-byte logical blocks (42.9 GB/40.0 GiB)');
  k(0.004, ' vda: vda1 vda2 vda3');
  k(0.2, 'Freeing unused kernel image (initmem) memory: 2560K');
  k(0.01, 'Run /init as init process');
  k(0.2, `systemd[1]: Detected virtualization kvm.`);
  at(0.05, `\nWelcome to \u001b[1m${issue}\u001b[0m!\n`);
  k(0.4, `EXT4-fs (vda3): mounted filesystem with ordered data mode. Opts: (null)`);
  k(0.3, `systemd[1]: Boot id ${rng.hex(32)}`);
  if (spec.verboseConsole) systemdDebugFlood(k, rng);

  const units = bootUnits(distro);
  const failedAt = rng.chance(0.25) ? rng.int(4, units.length - 4) : -1;
  units.forEach((unit, i) => {
    at(0.05 + rng.int(0, 250) / 1000, `${OK}${unit}`);
    if (i === failedAt) {
      const [description, name] = rng.pick(FLAKY_UNITS);
      at(0.4, `${FAILED}Failed to start ${description}.`);
      at(0, `See 'systemctl status ${name}' for details.`);
    }
    if (unit.startsWith('Started Initial cloud-init job (pre')) cloudInit(k, rng, () => t, wallAt, 'init-local');
    if (unit.startsWith('Started Initial cloud-init job (meta')) {
      cloudInit(k, rng, () => t, wallAt, 'init');
      cloudInit(k, rng, () => t, wallAt, 'modules:config');
    }
  });
  cloudInit(k, rng, () => t, wallAt, 'modules:final');
  const host = spec.hostName;
  const prompt = distro === 'ubuntu' || distro === 'debian'
    ? `\n${issue} ${host} ttyS0\n\n${host} login: `
    : `\n${issue}\nKernel ${kernel} on an x86_64\n\n${host} login: `;
  at(0.3, prompt);
  return lines;
}

const DEBUG_LINES = 20_000;
const DEBUG_UNITS = ['systemd-udevd.service', 'dev-vda3.device', 'sys-devices-virtual-net-eth0.device', 'systemd-journald.service', 'cron.service', 'ssh.service', 'networking.service', 'rsyslog.service'];
const DEBUG_EVENTS = [
  (unit: string) => `${unit}: Changed dead -> plugged`,
  (unit: string) => `${unit}: Trying to enqueue job ${unit}/start/replace`,
  (unit: string, rng: Rng) => `${unit}: Installed new job ${unit}/start as ${rng.int(100, 9999)}`,
  (unit: string, rng: Rng) => `Received SIGCHLD from PID ${rng.int(200, 4000)} (${unit.split(/[.-]/)[0]}).`,
  (unit: string, rng: Rng) => `${unit}: cgroup-bpf: Applying ${rng.pick(['device', 'ip', 'firewall'])} rules`,
  (unit: string, rng: Rng) => `sd-bus: Got message type=signal sender=:1.${rng.int(1, 40)} path=/org/freedesktop/systemd1/unit/${unit.replace(/[.-]/g, '_')}`,
];

/** What `systemd.log_level=debug systemd.log_target=console` prints between mounting root and the first unit. */
function systemdDebugFlood(k: (dt: number, text: string) => void, rng: Rng): void {
  for (let i = 0; i < DEBUG_LINES; i += 1) {
    const unit = rng.pick(DEBUG_UNITS);
    k(0.0002, `systemd[1]: ${rng.pick(DEBUG_EVENTS)(unit, rng)}`);
  }
}

function cloudInit(
  k: (dt: number, text: string) => void,
  rng: Rng,
  now: () => number,
  wallAt: (t: number) => number,
  stage: string,
): void {
  // Each stage is a new process, so pids grow through the boot.
  const pid = Math.round(now() * 100) + rng.int(0, 30);
  const line = (dt: number, what: string): string => {
    const t = now() + dt;
    return `cloud-init[${pid}]: Cloud-init v. 23.4 ${what} at ${cloudInitDate(wallAt(t))}.`;
  };
  const up = (dt: number): string => (now() + dt - KERNEL_START).toFixed(2);
  k(0.4, `${line(0.4, `running '${stage}'`)} Up ${up(0.4)} seconds.`);
  if (stage === 'modules:final') k(0.3, `${line(0.3, 'finished')} Datasource DataSourceAliYun.  Up ${up(0.3)} seconds`);
}

/** What systemd prints on an orderly shutdown `uptime` seconds after boot; a forced stop prints nothing. */
export function shutdownLog(uptime: number, reboot: boolean, forced: boolean): LogLine[] {
  if (forced) return [];
  const lines: LogLine[] = SHUTDOWN_UNITS.map((unit, i) => ({
    t: i * 0.15,
    text: unit.startsWith(' ') ? unit : `${OK}${unit}`,
  }));
  const end = SHUTDOWN_UNITS.length * 0.15;
  lines.push({ t: end, text: `${stamp(uptime + end)}${reboot ? 'reboot: Restarting system' : 'reboot: Power down'}` });
  return lines;
}
