import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guestContainers } from './guest-containers.ts';
import { containerHost, linuxSpec, openSandboxes, request, seededSpec, text } from './sandbox-fixtures.ts';

let box: Awaited<ReturnType<typeof openSandboxes>>;
beforeEach(async () => void (box = await openSandboxes()));
afterEach(() => box.dispose());

describe('Sandboxes on Linux', () => {
  it('runs bash as the guest account, on the guest host name, in the guest home', async () => {
    const run = box.sandboxes.run(
      request(linuxSpec, 'whoami; id -u; hostname; pwd; echo "$HOME"; exit 3', { username: 'ecs-user' }),
    );
    const { end, output } = await run.result;
    expect(end).toEqual({ kind: 'exited', exitCode: 3 });
    expect(box.sandboxes.isolation).toBe('namespaces');
    expect(text(output)).toBe(`ecs-user\n1000\n${linuxSpec.hostName}\n/home/ecs-user\n/home/ecs-user\n`);
  });

  it('keeps writes inside the instance tree', async () => {
    const marker = `sandbox-probe-${process.pid}`;
    const { end, output } = await box.sandboxes.run(
      request(linuxSpec, `touch /root/${marker} && echo made; touch /usr/${marker} 2>&1; ls /work 2>&1`),
    ).result;
    expect(end).toEqual({ kind: 'exited', exitCode: 2 });
    expect(text(output)).toMatch(/^made\n.*Read-only file system\n.*No such file or directory\n$/);
    expect(existsSync(join(box.root, linuxSpec.instanceId, 'root', marker))).toBe(true);
    expect(existsSync(`/root/${marker}`)).toBe(false);
    expect(existsSync(`/usr/${marker}`)).toBe(false);
  });

  it("never shows the simulator's environment, only a clean one plus the request's", async () => {
    process.env.LOCALCLOUD_TEST_SECRET = 'not-for-guests';
    try {
      const { output } = await box.sandboxes.run(request(linuxSpec, 'env | sort', { env: { GREETING: 'hi there' } })).result;
      const names = text(output).trim().split('\n').map((line) => line.split('=')[0]);
      expect(text(output)).not.toContain('not-for-guests');
      expect(text(output)).toContain('GREETING=hi there\n');
      expect(text(output)).toContain('LANG=C.UTF-8\n');
      expect(names.filter((n) => !['PWD', 'SHLVL', '_'].includes(n ?? ''))).toEqual([
        'GREETING', 'HOME', 'HOSTNAME', 'LANG', 'LOGNAME', 'PATH', 'USER',
      ]);
    } finally {
      delete process.env.LOCALCLOUD_TEST_SECRET;
    }
  });

  it("shows the guest only its own processes, in its own namespaces", async () => {
    const { output } = await box.sandboxes.run(request(linuxSpec, 'ps -eo pid,args --no-headers')).result;
    const lines = text(output).trim().split('\n').map((line) => line.trim());
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^1 \/bin\/bash \S+\/guest-init\.sh$/);
    expect(lines[1]).toMatch(/^\d+ \/bin\/bash \/var\/lib\/aliyun-assist\/work\/script\/script-[0-9a-f]+\.sh$/);
    expect(lines[2]).toMatch(/^\d+ ps -eo pid,args --no-headers$/);
  });

  it('refuses unknown accounts and directories with the documented ErrorInfo', async () => {
    const account = await box.sandboxes.run(request(linuxSpec, 'true', { username: 'nobody-here' })).result;
    expect(account.end).toEqual({ kind: 'refused', errorCode: 'AccountNotExists', errorInfo: 'the specified account does not exists' });
    const dir = await box.sandboxes.run(request(linuxSpec, 'true', { workingDir: '/home/ecs-user/missing' })).result;
    expect(dir.end).toEqual({ kind: 'refused', errorCode: 'DirectoryNotExists', errorInfo: 'the specified directory does not exists' });
    const windows = await box.sandboxes.run(request(linuxSpec, 'dir', { type: 'RunBatScript' })).result;
    expect(windows.end).toMatchObject({ kind: 'refused', errorCode: 'CommandNotApplicable' });
  });

  it('keeps the guest tree between runs and honours WorkingDir', async () => {
    await box.sandboxes.run(request(linuxSpec, 'mkdir /tmp/work && echo kept > /tmp/work/file')).result;
    const { output } = await box.sandboxes.run(request(linuxSpec, 'pwd; cat file', { workingDir: '/tmp/work/' })).result;
    expect(text(output)).toBe('/tmp/work\nkept\n');
    expect(await readFile(join(box.root, linuxSpec.instanceId, 'etc/hostname'), 'utf8')).toBe(`${linuxSpec.hostName}\n`);
  });

  it('runs Python, and a Launcher with the script file name', async () => {
    const python = await box.sandboxes.run(request(linuxSpec, 'import sys\nprint("py", sys.version_info[0])', { type: 'RunPythonScript' })).result;
    expect(python).toMatchObject({ end: { kind: 'exited', exitCode: 0 } });
    expect(text(python.output)).toBe('py 3\n');
    const launched = await box.sandboxes.run(
      request(linuxSpec, 'print("launched")', { launcher: 'python3 -u {{ACS::ScriptFileName|Ext(".py")}}', taskId: 't-abc' }),
    ).result;
    expect(text(launched.output)).toBe('launched\n');
    expect(existsSync(join(box.root, linuxSpec.instanceId, 'var/lib/aliyun-assist/work/script/t-abc.py'))).toBe(true);
  });

  it('runs on several instances at once, each in its own tree', async () => {
    const others = [seededSpec((s) => s.image.osType === 'linux' && s.instanceId !== linuxSpec.instanceId), linuxSpec, linuxSpec];
    const results = await Promise.all(
      others.map((spec, i) => box.sandboxes.run(request(spec, `echo ${i} >> /tmp/runs; hostname`)).result),
    );
    expect(results.map((r) => text(r.output))).toEqual(others.map((spec) => `${spec.hostName}\n`));
    const runs = await readFile(join(box.root, linuxSpec.instanceId, 'tmp/runs'), 'utf8');
    expect(runs.split('\n').sort()).toEqual(['', '1', '2']);
  });

  it('interleaves stdout and stderr and keeps only the first bytes of long output', async () => {
    const small = await openSandboxes({ outputLimitBytes: 10 });
    try {
      const { output, dropped } = await small.sandboxes.run(request(linuxSpec, 'echo out1; echo err1 >&2; echo out2')).result;
      expect(text(output)).toBe('out1\nerr1\n');
      expect(dropped).toBe(5);
    } finally {
      await small.dispose();
    }
  });

  it('runs shell scripts in a container, as its user, and refuses Python there', async () => {
    const [app] = guestContainers(containerHost);
    if (!app) throw new Error('the API instance has no containers');
    const { end, output } = await box.sandboxes.run(request(containerHost, 'whoami; hostname; pwd; ls /home 2>&1 | wc -l', { container: app })).result;
    expect(end).toEqual({ kind: 'exited', exitCode: 0 });
    expect(text(output)).toBe(`${app.user}\n${app.id.slice(0, 12)}\n${app.workingDir}\n1\n`);
    const python = await box.sandboxes.run(request(containerHost, '#!/usr/bin/python\nprint(1)', { container: app })).result;
    expect(python.end).toMatchObject({ kind: 'refused', errorCode: 'CommandNotApplicable' });
  });
});

describe('Sandboxes without namespaces', () => {
  it('runs in the instance tree with the guest variables and nothing of the simulator', async () => {
    const plain = await openSandboxes({ directoryOnly: true });
    process.env.LOCALCLOUD_TEST_SECRET = 'not-for-guests';
    try {
      expect(plain.sandboxes.isolation).toBe('directory');
      const { end, output } = await plain.sandboxes.run(
        request(linuxSpec, 'pwd; echo "$HOME $USER $LOGNAME $HOSTNAME"; env | grep -c SECRET', { username: 'admin' }),
      ).result;
      const home = join(plain.root, linuxSpec.instanceId, 'home/admin');
      expect(end).toEqual({ kind: 'exited', exitCode: 1 });
      expect(text(output)).toBe(`${home}\n${home} admin admin ${linuxSpec.hostName}\n0\n`);
    } finally {
      delete process.env.LOCALCLOUD_TEST_SECRET;
      await plain.dispose();
    }
  });
});
