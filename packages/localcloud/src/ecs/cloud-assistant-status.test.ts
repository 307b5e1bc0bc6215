import { afterEach, describe, expect, it } from 'vitest';
import type { EcsBodies } from './response-shapes.ts';
import { expectApiError, harness, nth, instanceNamed, type Harness } from './operation-harness.ts';

let h: Harness;
afterEach(async () => h.world.close());

const statusOf = (body: EcsBodies['DescribeCloudAssistantStatus']) => body.InstanceCloudAssistantStatusSet.InstanceCloudAssistantStatus;

describe('DescribeCloudAssistantStatus', () => {
  it('reports the agent as the string "true"/"false" with version and heartbeat', async () => {
    h = await harness();
    const web = instanceNamed(h.world, 'prod-web-01').spec.instanceId;
    const noAgent = instanceNamed(h.world, 'staging-db-proxy-01').spec.instanceId;
    const stopped = instanceNamed(h.world, 'dev-ci-runner-01').spec.instanceId;
    const body = await h.ecs('DescribeCloudAssistantStatus', {
      RegionId: 'cn-hangzhou', 'InstanceId.1': web, 'InstanceId.2': noAgent, 'InstanceId.3': stopped, MaxResults: '1',
    });
    const byId = new Map(statusOf(body).map((s) => [s.InstanceId, s]));
    expect(body.TotalCount).toBe(3);
    expect(byId.get(web)).toMatchObject({ CloudAssistantStatus: 'true', OSType: 'Linux', LastHeartbeatTime: '2026-11-24T06:00:00Z' });
    expect(byId.get(web)?.CloudAssistantVersion).toMatch(/^2\.2\./);
    expect(byId.get(noAgent)).toMatchObject({ CloudAssistantStatus: 'false', CloudAssistantVersion: '', SupportSessionManager: false });
    expect(byId.get(stopped)).toMatchObject({ CloudAssistantStatus: 'false' });
  });

  it('filters by OSType and pages with MaxResults/NextToken and PageNumber/PageSize', async () => {
    h = await harness();
    const windows = await h.ecs('DescribeCloudAssistantStatus', { RegionId: 'cn-shanghai', OSType: 'Windows' });
    expect(statusOf(windows).map((s) => s.OSType)).toEqual(['Windows']);
    expect(nth(statusOf(windows), 0).SupportSessionManager).toBe(true);
    const first = await h.ecs('DescribeCloudAssistantStatus', { RegionId: 'cn-hangzhou', MaxResults: '4' });
    expect([statusOf(first).length, first.TotalCount]).toEqual([4, 11]);
    const second = await h.ecs('DescribeCloudAssistantStatus', { RegionId: 'cn-hangzhou', MaxResults: '50', NextToken: first.NextToken });
    expect(statusOf(second)).toHaveLength(7);
    expect(second.NextToken).toBe('');
    const defaults = await h.ecs('DescribeCloudAssistantStatus', { RegionId: 'cn-hangzhou' });
    expect([defaults.PageSize, statusOf(defaults).length]).toEqual([10, 10]);
    const page2 = await h.ecs('DescribeCloudAssistantStatus', { RegionId: 'cn-hangzhou', PageNumber: '2', PageSize: '5' });
    expect(nth(statusOf(page2), 0).InstanceId).toBe(nth(statusOf(defaults), 5).InstanceId);
  });

  it('rejects bad input', async () => {
    h = await harness();
    await expectApiError(h.ecs('DescribeCloudAssistantStatus', {}), 400, 'MissingParameter');
    await expectApiError(h.ecs('DescribeCloudAssistantStatus', { RegionId: 'cn-hangzhou', MaxResults: '51' }), 400, 'InvalidParameter');
    await expectApiError(h.ecs('DescribeCloudAssistantStatus', { RegionId: 'cn-hangzhou', OSType: 'Plan9' }), 400, 'InvalidParameter');
  });
});
