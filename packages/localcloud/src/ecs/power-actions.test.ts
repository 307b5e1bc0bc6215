import { afterEach, describe, expect, it } from 'vitest';
import { expectApiError, harness, nth, instanceNamed, type Harness } from './operation-harness.ts';

let h: Harness;
afterEach(async () => h.world.close());

const status = async (name: string): Promise<string> => {
  const { spec } = instanceNamed(h.world, name);
  const body = await h.ecs('DescribeInstances', { RegionId: spec.regionId, InstanceIds: JSON.stringify([spec.instanceId]) });
  return nth(body.Instances.Instance, 0).Status;
};
const idOf = (name: string): string => instanceNamed(h.world, name).spec.instanceId;

describe('StartInstance / StopInstance / RebootInstance', () => {
  it('starts a stopped instance through Starting', async () => {
    h = await harness();
    expect(await status('dev-ci-runner-01')).toBe('Stopped');
    expect(await h.ecs('StartInstance', { InstanceId: idOf('dev-ci-runner-01') })).toEqual({});
    expect(await status('dev-ci-runner-01')).toBe('Starting');
    h.clock.advance(39);
    expect(await status('dev-ci-runner-01')).toBe('Starting');
    h.clock.advance(1);
    expect(await status('dev-ci-runner-01')).toBe('Running');
    const instance = nth((await h.ecs('DescribeInstances', { RegionId: 'cn-hangzhou', InstanceName: 'dev-ci-runner-01' })).Instances.Instance, 0);
    expect(instance.StartTime).toBe('2026-11-24T06:00Z');
    expect(instance.StoppedMode).toBe('Not-applicable');
  });

  it('stops through Stopping, honouring StoppedMode and ForceStop', async () => {
    h = await harness();
    await h.ecs('StopInstance', { InstanceId: idOf('staging-search-01'), StoppedMode: 'StopCharging' });
    expect(await status('staging-search-01')).toBe('Stopping');
    h.clock.advance(20);
    expect(await status('staging-search-01')).toBe('Stopped');
    expect(instanceNamed(h.world, 'staging-search-01').power.stoppedMode).toBe('StopCharging');
    await h.ecs('StopInstance', { InstanceId: idOf('prod-web-02'), ForceStop: 'true' });
    h.clock.advance(10);
    expect(await status('prod-web-02')).toBe('Stopped');
    // Subscription instances cannot use economical mode.
    expect(instanceNamed(h.world, 'prod-web-02').power.stoppedMode).toBe('KeepCharging');
  });

  it('reboots through Stopping and Starting back to Running', async () => {
    h = await harness();
    const id = idOf('prod-web-01');
    await h.ecs('RebootInstance', { InstanceId: id });
    expect(await status('prod-web-01')).toBe('Stopping');
    h.clock.advance(20);
    expect(await status('prod-web-01')).toBe('Starting');
    h.clock.advance(40);
    expect(await status('prod-web-01')).toBe('Running');
    expect(h.clock.pendingTimers).toBe(0);
  });

  it('refuses the wrong state, unknown ids, locks and bad modes', async () => {
    h = await harness();
    await expectApiError(h.ecs('StartInstance', { InstanceId: idOf('prod-web-01') }), 403, 'IncorrectInstanceStatus');
    await expectApiError(h.ecs('StopInstance', { InstanceId: idOf('dev-ci-runner-01') }), 403, 'IncorrectInstanceStatus');
    await expectApiError(h.ecs('RebootInstance', { InstanceId: idOf('dev-ci-runner-01') }), 403, 'IncorrectInstanceStatus');
    await expectApiError(h.ecs('StartInstance', { InstanceId: 'i-bp1doesnotexist00000' }), 404, 'InvalidInstanceId.NotFound');
    await expectApiError(h.ecs('StartInstance', { RegionId: 'cn-beijing', InstanceId: idOf('dev-ci-runner-01') }), 404, 'InvalidInstanceId.NotFound');
    await expectApiError(h.ecs('StartInstance', {}), 400, 'MissingParameter');
    await expectApiError(h.ecs('StartInstance', { InstanceId: idOf('staging-report-01') }), 403, 'InstanceExpiredOrInArrears');
    await expectApiError(h.ecs('StopInstance', { InstanceId: idOf('prod-web-01'), StoppedMode: 'Sleep' }), 400, 'InvalidParameter');
    await h.ecs('StopInstance', { InstanceId: idOf('prod-web-01') });
    await expectApiError(h.ecs('StopInstance', { InstanceId: idOf('prod-web-01') }), 403, 'IncorrectInstanceStatus');
  });

  it('validates without acting on DryRun', async () => {
    h = await harness();
    for (const [action, name] of [['StartInstance', 'dev-ci-runner-01'], ['StopInstance', 'prod-web-01'], ['RebootInstance', 'prod-web-01']] as const) {
      await expectApiError(h.ecs(action, { InstanceId: idOf(name), DryRun: 'true' }), 400, 'DryRunOperation');
    }
    expect(await status('dev-ci-runner-01')).toBe('Stopped');
    expect(await status('prod-web-01')).toBe('Running');
    await expectApiError(h.ecs('StartInstance', { InstanceId: idOf('prod-web-01'), DryRun: 'true' }), 403, 'IncorrectInstanceStatus');
  });
});
