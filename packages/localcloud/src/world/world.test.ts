import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from './index.ts';
import { consoleSnapshot } from './console-log.ts';
import { ManualClock } from './manual-clock.ts';
import { StateFileError } from './store.ts';

const NOW = Date.UTC(2026, 10, 24, 6);
const specs = (world: World) => [...world.instances.values()].map((i) => i.spec);

describe('the seeded world', () => {
  it('is the same for the same seed and different for another', async () => {
    const [a, b, c] = await Promise.all([createWorld(), createWorld({ seed: 'porthole' }), createWorld({ seed: 'other' })]);
    expect(specs(a)).toEqual(specs(b));
    expect(a.containerGroups).toEqual(b.containerGroups);
    expect(specs(c).map((s) => s.instanceId)).not.toEqual(specs(a).map((s) => s.instanceId));
    await Promise.all([a.close(), b.close(), c.close()]);
  });

  it('holds every case the console has to show', async () => {
    const world = await createWorld();
    const all = [...world.instances.values()];
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((i) => i.spec.regionId))).toEqual(new Set(['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'ap-southeast-1']));
    expect(all.every((i) => /^i-[a-z0-9]{20}$/.test(i.spec.instanceId))).toBe(true);
    expect(all.some((i) => i.spec.image.osType === 'windows' && i.power.status === 'Running')).toBe(true);
    expect(all.some((i) => i.spec.image.osType === 'linux' && i.spec.cloudAssistantVersion === undefined)).toBe(true);
    expect(all.some((i) => i.spec.type.retired)).toBe(true);
    expect(all.some((i) => i.power.boots === 0)).toBe(true);
    expect(all.filter((i) => i.power.status === 'Stopped').length).toBeGreaterThan(2);
    expect(new Set(all.map((i) => i.spec.image.distro)).size).toBe(5);
    expect(new Set(world.containerGroups.map((g) => g.regionId)).size).toBeGreaterThanOrEqual(2);
    expect(world.containerGroups.every((g) => g.containers.length >= 2)).toBe(true);
    await world.close();
  });

  it('has a running instance whose boot log is over 20,000 lines (systemd debug logging)', async () => {
    const world = await createWorld();
    const verbose = [...world.instances.values()].filter((i) => i.spec.verboseConsole === true);
    expect(verbose.map((i) => i.power.status)).toEqual(['Running']);
    const [instance] = verbose;
    const snapshot = consoleSnapshot('porthole', instance!.spec, instance!.power, NOW);
    expect(snapshot?.text.split('\n').length).toBeGreaterThan(20_000);
    expect(snapshot?.text).toContain('login: ');
    await world.close();
  });
});

describe('the state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'localcloud-world-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('keeps power changes across a re-create, resuming a phase in progress', async () => {
    const stateFile = join(dir, 'state.json');
    const clock = new ManualClock(NOW);
    const first = await createWorld({ stateFile, clock, timing: 'fast' });
    const running = [...first.instances.values()].find((i) => i.power.status === 'Running');
    const target = [...first.instances.values()].find((i) => i.power.status === 'Stopped' && i.power.boots > 0);
    if (!running || !target) throw new Error('seed lacks the instances this test needs');
    first.power.stop(running, { force: false, stoppedMode: 'KeepCharging' });
    clock.advance(20);
    first.power.start(target);
    await first.close();
    expect(await readdir(dir)).toEqual(['state.json']);

    const second = await createWorld({ stateFile, clock, timing: 'fast' });
    expect(second.instances.get(running.spec.instanceId)?.power.status).toBe('Stopped');
    expect(second.instances.get(target.spec.instanceId)?.power.status).toBe('Starting');
    clock.advance(40);
    expect(second.instances.get(target.spec.instanceId)?.power.status).toBe('Running');
    expect(second.instances.get(target.spec.instanceId)?.power.shutdownStartedAt).toBeUndefined();
    await second.close();
    const saved = JSON.parse(await readFile(stateFile, 'utf8'));
    expect(saved.instances[target.spec.instanceId].status).toBe('Running');
  });

  it('writes soon after a change, without waiting for close', async () => {
    const stateFile = join(dir, 'state.json');
    const world = await createWorld({ stateFile, clock: new ManualClock(NOW), timing: 'fast' });
    const running = [...world.instances.values()].find((i) => i.power.status === 'Running');
    if (!running) throw new Error('seed has no running instance');
    world.power.stop(running, { force: true, stoppedMode: 'KeepCharging' });
    await expect.poll(async () => readFile(stateFile, 'utf8').catch(() => ''), { timeout: 2000 }).toContain('"Stopping"');
    await world.close();
  });

  it('refuses a corrupt file or one written for another seed, with a clear error', async () => {
    const stateFile = join(dir, 'state.json');
    await writeFile(stateFile, '{"version":1,"seed":');
    await expect(createWorld({ stateFile })).rejects.toThrow(StateFileError);
    await expect(createWorld({ stateFile })).rejects.toThrow(/not valid JSON/);
    await writeFile(stateFile, JSON.stringify({ version: 1, seed: 'porthole', instances: { 'i-x': { status: 'Flying' } } }));
    await expect(createWorld({ stateFile })).rejects.toThrow(/i-x/);
    await writeFile(stateFile, JSON.stringify({ version: 1, seed: 'elsewhere', instances: {} }));
    await expect(createWorld({ stateFile })).rejects.toThrow(/seed "elsewhere"/);
  });
});
