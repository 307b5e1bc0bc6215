import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_OUTPUT_MAX_BYTES, capConsoleOutput } from './console-output.ts';
import { expectApiError, harness, instanceNamed, TEST_NOW, type Harness } from './operation-harness.ts';

let h: Harness;
afterEach(async () => h.world.close());

const console = async (name: string, extra: Record<string, string> = {}) => {
  const { spec } = instanceNamed(h.world, name);
  const body = await h.ecs('GetInstanceConsoleOutput', { RegionId: spec.regionId, InstanceId: spec.instanceId, ...extra });
  return { InstanceId: body.InstanceId as string, LastUpdateTime: body.LastUpdateTime as string, text: Buffer.from(body.ConsoleOutput, 'base64').toString('utf8') };
};
const bootIdOf = (text: string): string | undefined => /Boot id ([0-9a-f]{32})/.exec(text)?.[1];

describe('GetInstanceConsoleOutput', () => {
  it('returns the Base64 boot log of a running Linux instance with a UTC+8 LastUpdateTime', async () => {
    h = await harness();
    const out = await console('prod-web-01');
    expect(out.InstanceId).toBe(instanceNamed(h.world, 'prod-web-01').spec.instanceId);
    expect(out.LastUpdateTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(out.text).toContain('SeaBIOS');
    expect(out.text).toMatch(/\[ {4}0\.000000\] Linux version/);
    expect(out.text).toContain('\u001b[0;32m  OK  \u001b[0m');
    expect(out.text).toContain("running 'modules:final'");
    expect(out.text.trimEnd()).toMatch(/ login:$/);
  });

  it('strips ANSI sequences and control characters with RemoveSymbols=true', async () => {
    h = await harness();
    const raw = await console('prod-web-01', { RemoveSymbols: 'false' });
    const plain = await console('prod-web-01', { RemoveSymbols: 'true' });
    expect(raw.text).toContain('\u001b[');
    // eslint-disable-next-line no-control-regex -- asserting that no control characters are left
    expect(plain.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(plain.text).toContain('[  OK  ] Started Journal Service.');
  });

  it('writes a new log on every boot, revealed while Starting, and appends the shutdown', async () => {
    h = await harness();
    const { spec } = instanceNamed(h.world, 'prod-web-01');
    const before = await console('prod-web-01');
    await h.ecs('RebootInstance', { InstanceId: spec.instanceId });
    h.clock.advance(19);
    const stopping = await console('prod-web-01');
    expect(stopping.text).toContain('reboot: Restarting system');
    expect(bootIdOf(stopping.text)).toBe(bootIdOf(before.text));
    h.clock.advance(11);
    const early = await console('prod-web-01');
    h.clock.advance(30);
    const booted = await console('prod-web-01');
    expect(bootIdOf(booted.text)).toBeDefined();
    expect(bootIdOf(booted.text)).not.toBe(bootIdOf(before.text));
    expect(early.text.length).toBeLessThan(booted.text.length);
    expect(booted.text.startsWith(early.text)).toBe(true);
    expect(booted.LastUpdateTime).toBe(new Date(TEST_NOW + 20 + 40 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' '));
    await h.ecs('StopInstance', { InstanceId: spec.instanceId });
    h.clock.advance(20);
    expect((await console('prod-web-01')).text).toContain('reboot: Power down');
  });

  it('answers every error of its API page', async () => {
    h = await harness();
    const web = instanceNamed(h.world, 'prod-web-01').spec;
    await expectApiError(h.ecs('GetInstanceConsoleOutput', { InstanceId: web.instanceId }), 400, 'MissingParameter');
    await expectApiError(h.ecs('GetInstanceConsoleOutput', { RegionId: 'cn-hangzhou' }), 400, 'MissingParameter');
    await expectApiError(h.ecs('GetInstanceConsoleOutput', { RegionId: 'cn-hangzhou', InstanceId: 'i-bp1nosuchinstance000' }), 404, 'InvalidParameter');
    await expectApiError(h.ecs('GetInstanceConsoleOutput', { RegionId: 'cn-shanghai', InstanceId: web.instanceId }), 404, 'InvalidParameter');
    await expectApiError(h.ecs('GetInstanceConsoleOutput', { RegionId: 'cn-hangzhou', InstanceId: web.instanceId, RemoveSymbols: 'yes' }), 404, 'InvalidParameter');
    await expectApiError(console('dev-sandbox-01'), 405, 'IncorrectInstanceStatus');
    await expectApiError(console('prod-ad-01'), 405, 'NotSupported');
    await expectApiError(console('prod-erp-01'), 405, 'NotSupported');
  });

  it('keeps a stopped instance log with its shutdown', async () => {
    h = await harness();
    const out = await console('prod-etl-01');
    expect(out.text).toContain('Reached target Shutdown.');
  });
});

describe('capConsoleOutput', () => {
  it('keeps the newest lines within the cap, cut at a line start', () => {
    const lines = Array.from({ length: 5000 }, (_, n) => `line ${n} ${'x'.repeat(20)}`);
    const capped = capConsoleOutput(lines.join('\n'));
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(CONSOLE_OUTPUT_MAX_BYTES);
    expect(capped).toMatch(/^line \d+ x+\n/);
    expect(capped.endsWith(lines.at(-1) ?? '')).toBe(true);
    expect(capConsoleOutput('short\nlog')).toBe('short\nlog');
  });
});
