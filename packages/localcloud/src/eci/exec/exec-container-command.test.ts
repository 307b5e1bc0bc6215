import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import EciPkg, * as $Eci from '@alicloud/eci20180808';
import { Config } from '@alicloud/openapi-client';
import { decodeK8sStatus, encodeK8sChannelFrame, encodeK8sResize } from '@porthole/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_HEADER } from '../../gateway/admin-routes.ts';
import { startLocalcloud, type Localcloud } from '../../index.ts';
import { probeIsolation } from '../../sandbox/isolation.ts';
import { EXEC_SETTINGS_PATH } from './exec-admin-routes.ts';
import { channelText, openExecSocket } from './exec-socket-client.ts';

// ExecContainerCommand through the official ECI SDK, and its WebSocketUri through a plain `ws` client, both framings.
const Eci = EciPkg.default ?? (EciPkg as unknown as typeof EciPkg.default);

let cloud: Localcloud;
let eci: InstanceType<typeof Eci>;
let groupId: (name: string) => Promise<string>;

beforeAll(async () => {
  cloud = await startLocalcloud({ timing: 'fast', execFraming: 'k8s' });
  eci = new Eci(
    new Config({
      accessKeyId: cloud.accessKeyId,
      accessKeySecret: cloud.accessKeySecret,
      regionId: 'cn-hangzhou',
      endpoint: cloud.endpoint,
      protocol: 'http',
      readTimeout: 15_000,
    }),
  );
  const groups = (await eci.describeContainerGroups(new $Eci.DescribeContainerGroupsRequest({ regionId: 'cn-hangzhou' }))).body?.containerGroups ?? [];
  groupId = async (name) => groups.find((g) => g.containerGroupName === name)?.containerGroupId ?? 'missing';
});
afterAll(() => cloud.close());

const exec = async (request: Partial<$Eci.ExecContainerCommandRequest>) => {
  const params = { regionId: 'cn-hangzhou', containerGroupId: await groupId('storefront-web'), containerName: 'nginx', ...request };
  const response = await eci.execContainerCommand(new $Eci.ExecContainerCommandRequest(params));
  return response.body ?? new $Eci.ExecContainerCommandResponseBody({});
};

const failure = async (request: Partial<$Eci.ExecContainerCommandRequest>) => {
  const error = await exec(request).then(
    () => expect.fail('the call should have failed'),
    (caught: unknown) => caught as { code: string; statusCode: number },
  );
  return { code: error.code, statusCode: error.statusCode };
};

const setFraming = async (framing: 'k8s' | 'raw') => {
  const response = await fetch(`${cloud.url}${EXEC_SETTINGS_PATH}`, {
    method: 'PUT',
    headers: { [ADMIN_TOKEN_HEADER]: cloud.adminToken, 'content-type': 'application/json' },
    body: JSON.stringify({ framing }),
  });
  expect(await response.json()).toEqual({ framing });
};

/** `sleep 987` processes on the host: a pid namespace hides nothing from its parent. */
const sleepers = (): number => spawnSync('pgrep', ['-xf', 'sleep 987']).stdout.toString().split('\n').filter(Boolean).length;
const inNamespaces = () => probeIsolation(tmpdir()) === 'namespaces';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('ExecContainerCommand: parameters and errors (seed 004)', () => {
  it('checks Command, the limits, Sync with TTY and the container', async () => {
    expect(await failure({ command: 'ls -a' })).toEqual({ code: 'InvalidParameter', statusCode: 400 });
    expect(await failure({ command: '[]' })).toEqual({ code: 'InvalidParameter', statusCode: 400 });
    const many = JSON.stringify(Array.from({ length: 21 }, () => 'x'));
    expect(await failure({ command: many })).toEqual({ code: 'InvalidParameter.ValueExceeded', statusCode: 400 });
    expect(await failure({ command: JSON.stringify(['/bin/echo', 'y'.repeat(257)]) })).toMatchObject({ code: 'InvalidParameter.ValueExceeded' });
    expect(await failure({ command: '["/bin/bash"]', sync: true })).toMatchObject({ code: 'InvalidParameter' });
    expect(await failure({ command: '["ls"]', sync: true, TTY: true })).toMatchObject({ code: 'InvalidParameter' });
    expect(await failure({ command: '["ls"]', containerGroupId: 'eci-nope' })).toEqual({ code: 'InvalidContainerGroup.NotFound', statusCode: 404 });
    expect(await failure({ command: '["ls"]', containerName: 'mysql' })).toMatchObject({ code: 'InvalidContainerName.NotFound' });
    const crashing = { containerGroupId: await groupId('checkout-api'), containerName: 'redis', command: '["ls"]' };
    expect(await failure(crashing)).toEqual({ code: 'IncorrectStatus', statusCode: 400 });
    const finished = { containerGroupId: await groupId('nightly-report'), containerName: 'report', command: '["ls"]' };
    expect(await failure(finished)).toEqual({ code: 'IncorrectStatus', statusCode: 400 });
    expect(await failure({ command: '["ls"]', regionId: 'cn-shanghai' })).toMatchObject({ code: 'InvalidContainerGroup.NotFound' });
  });

  it('with Sync, runs the command in the container and returns its output, no socket', async () => {
    const body = await exec({ command: JSON.stringify(['/bin/sh', '-c', 'echo out; echo err >&2; cat /etc/hostname']), sync: true });
    expect(body.webSocketUri).toBeUndefined();
    const hostLine = inNamespaces() ? 'storefront-web\n' : '';
    expect(body.syncResponse).toBe(`out\nerr\n${hostLine}`);
  });

  it('without Sync, hands out a single-use ws:// URI on this endpoint', async () => {
    const body = await exec({ command: '["ls","/"]' });
    expect(body.webSocketUri).toMatch(new RegExp(`^ws://${cloud.endpoint.replace(/[.[\]]/g, '\\$&')}/exec/\\?s=[\\w-]{32}$`));
    expect(body.httpUrl).toMatch(/^http:\/\//);
    expect(body.syncResponse).toBeUndefined();
    const first = await openExecSocket(body.webSocketUri ?? '');
    await first.closed;
    await expect(openExecSocket(body.webSocketUri ?? '')).rejects.toThrow(/403/);
  });
});

describe('the exec socket in k8s channel framing', () => {
  it('says ready, lists the container root on stdout and ends with a Success status', async () => {
    const open = await openExecSocket((await exec({ command: '["ls","/"]', stdin: false })).webSocketUri ?? '');
    const { frames, closeCode } = await open.closed;
    expect(Array.from(frames[0] ?? [])).toEqual([1]);
    const entries = channelText(frames, 1).split('\n');
    expect(entries).toEqual(expect.arrayContaining(['bin', 'etc', 'proc', 'root', 'tmp', 'usr']));
    if (inNamespaces()) expect(entries).not.toContain('work');
    const status = frames.find((f) => f[0] === 3);
    expect(decodeK8sStatus(status?.subarray(1) ?? new Uint8Array())).toEqual({ exitCode: 0, message: '' });
    expect(closeCode).toBe(1000);
  });

  it('feeds stdin, keeps stderr on channel 2 and reports a non-zero exit', async () => {
    const command = ['/bin/sh', '-c', 'read line; echo "got:$line"; echo oops >&2; exit 3'];
    const open = await openExecSocket((await exec({ command: JSON.stringify(command) })).webSocketUri ?? '');
    open.socket.send(encodeK8sChannelFrame(0, utf8('hello\n')));
    const { frames } = await open.closed;
    expect(channelText(frames, 1)).toBe('got:hello\n');
    expect(channelText(frames, 2)).toBe('oops\n');
    const status = decodeK8sStatus(frames.find((f) => f[0] === 3)?.subarray(1) ?? new Uint8Array());
    expect(status?.exitCode).toBe(3);
  });

  it('runs an interactive shell on a PTY that follows resizes on channel 4', async () => {
    const open = await openExecSocket((await exec({ command: '["/bin/sh"]', TTY: true })).webSocketUri ?? '');
    open.socket.send(encodeK8sResize(123, 41));
    open.socket.send(encodeK8sChannelFrame(0, utf8('stty size; exit 7\n')));
    const { frames } = await open.closed;
    expect(channelText(frames, 1)).toContain('41 123');
    expect(frames.some((f) => f[0] === 2)).toBe(false);
    expect(decodeK8sStatus(frames.find((f) => f[0] === 3)?.subarray(1) ?? new Uint8Array())?.exitCode).toBe(7);
  });

  it('kills the command when the client goes away', async () => {
    const open = await openExecSocket((await exec({ command: '["/bin/sh","-c","echo up; exec sleep 987"]' })).webSocketUri ?? '');
    await open.waitFor((frames) => channelText(frames, 1) === 'up\n');
    // `up` is printed just before `exec sleep`, so the sleeper may take a moment to appear.
    await expect.poll(sleepers, { timeout: 3000 }).toBe(1);
    open.socket.close();
    await open.closed;
    await expect.poll(sleepers, { timeout: 3000 }).toBe(0);
  });
});

describe('the exec socket in raw framing', () => {
  it('carries plain terminal bytes both ways and closes with the exit code', async () => {
    await setFraming('raw');
    try {
      const open = await openExecSocket((await exec({ command: '["/bin/sh"]', TTY: true })).webSocketUri ?? '');
      // Typed at the prompt, as a person would: earlier keystrokes are echoed once more by the outer terminal.
      await open.waitFor((frames) => channelText(frames).includes('# '));
      open.socket.send(utf8('echo $((6*7)); exit 5\n'));
      const { frames, closeCode, closeReason } = await open.closed;
      expect(channelText(frames)).toMatch(/^# echo \$\(\(6\*7\)\); exit 5\r\n42\r\n$/);
      expect([closeCode, closeReason]).toEqual([1000, 'exit 5']);
    } finally {
      await setFraming('k8s');
    }
  });
});

describe('the exec admin settings', () => {
  it('need the admin token, and can expire every URI handed out', async () => {
    const unauthorised = await fetch(`${cloud.url}${EXEC_SETTINGS_PATH}`);
    expect(unauthorised.status).toBe(401);
    const uri = (await exec({ command: '["ls"]' })).webSocketUri ?? '';
    const response = await fetch(`${cloud.url}${EXEC_SETTINGS_PATH}`, {
      method: 'PUT',
      headers: { [ADMIN_TOKEN_HEADER]: cloud.adminToken, 'content-type': 'application/json' },
      body: JSON.stringify({ expireTokens: true }),
    });
    expect(await response.json()).toEqual({ framing: 'k8s' });
    await expect(openExecSocket(uri)).rejects.toThrow(/403/);
  });
});
