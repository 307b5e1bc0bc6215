import { afterEach, describe, expect, it } from 'vitest';
import type { EcsBodies } from './response-shapes.ts';
import { expectApiError, harness, nth, type Harness } from './operation-harness.ts';

let h: Harness;
afterEach(async () => h.world.close());

const ids = (body: EcsBodies['DescribeInstances']): string[] => body.Instances.Instance.map((i) => i.InstanceId);
const names = (body: EcsBodies['DescribeInstances']): string[] => body.Instances.Instance.map((i) => i.InstanceName);
const hz = { RegionId: 'cn-hangzhou' };

describe('DescribeInstances', () => {
  it('returns the region instances with the ECS wrappers and minute-precision times', async () => {
    h = await harness();
    const body = await h.ecs('DescribeInstances', hz);
    expect(body.TotalCount).toBe(11);
    const first = nth(body.Instances.Instance, 0);
    expect(first.InstanceId).toMatch(/^i-[a-z0-9]{20}$/);
    expect(first.CreationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
    expect(first.VpcAttributes.PrivateIpAddress.IpAddress[0]).toMatch(/^172\.16\./);
    expect(first.Tags.Tag).toContainEqual({ TagKey: 'env', TagValue: 'prod' });
    expect(first.PublicIpAddress).toHaveProperty('IpAddress');
    expect(first.SecurityGroupIds.SecurityGroupId).toHaveLength(1);
  });

  it('pages with PageNumber/PageSize', async () => {
    h = await harness();
    const all = ids(await h.ecs('DescribeInstances', { ...hz, PageSize: '100' }));
    const p1 = await h.ecs('DescribeInstances', { ...hz, PageSize: '3', PageNumber: '1' });
    const p3 = await h.ecs('DescribeInstances', { ...hz, PageSize: '3', PageNumber: '3' });
    const p4 = await h.ecs('DescribeInstances', { ...hz, PageSize: '3', PageNumber: '4' });
    expect([p1.TotalCount, p1.PageSize, p1.PageNumber, p3.PageNumber]).toEqual([11, 3, 1, 3]);
    expect(ids(p1)).toEqual(all.slice(0, 3));
    expect(ids(p3)).toEqual(all.slice(6, 9));
    expect(ids(p4)).toEqual(all.slice(9));
    await expectApiError(h.ecs('DescribeInstances', { ...hz, PageSize: '101' }), 400, 'InvalidParameter');
  });

  it('pages with NextToken/MaxResults, clamping MaxResults to 10..100', async () => {
    h = await harness();
    const first = await h.ecs('DescribeInstances', { RegionId: 'cn-shanghai', MaxResults: '1' });
    expect(first.PageSize).toBe(10);
    expect(ids(first)).toHaveLength(5);
    expect(first.NextToken).toBe('');
    expect((await h.ecs('DescribeInstances', { ...hz, MaxResults: '500' })).PageSize).toBe(100);
    await expectApiError(h.ecs('DescribeInstances', { ...hz, NextToken: 'not-a-token' }), 400, 'InvalidParameter');
  });

  it('follows NextToken to the end', async () => {
    h = await harness();
    const all = ids(await h.ecs('DescribeInstances', { ...hz, PageSize: '100' }));
    const first = await h.ecs('DescribeInstances', { ...hz, MaxResults: '10' });
    expect(ids(first)).toEqual(all.slice(0, 10));
    expect(first.NextToken).not.toBe('');
    const rest = await h.ecs('DescribeInstances', { ...hz, NextToken: first.NextToken });
    expect(ids(rest)).toEqual(all.slice(10));
    expect([rest.TotalCount, rest.NextToken]).toEqual([11, '']);
  });

  it('filters by InstanceIds, Status, tags and wildcard names', async () => {
    h = await harness();
    const all = ids(await h.ecs('DescribeInstances', hz));
    const two = JSON.stringify(all.slice(1, 3));
    expect(ids(await h.ecs('DescribeInstances', { ...hz, InstanceIds: two }))).toEqual(all.slice(1, 3));
    const stopped = await h.ecs('DescribeInstances', { ...hz, Status: 'Stopped' });
    expect(names(stopped)).toEqual(['dev-ci-runner-01', 'dev-ci-runner-02']);
    const web = await h.ecs('DescribeInstances', { ...hz, InstanceName: 'prod-web-*' });
    expect(names(web)).toEqual(['prod-web-01', 'prod-web-02', 'prod-web-03']);
    const platform = await h.ecs('DescribeInstances', { ...hz, 'Tag.1.Key': 'team', 'Tag.1.Value': 'platform', 'Tag.2.Key': 'app' });
    expect(names(platform)).toEqual(['prod-api-01', 'prod-worker-01']);
    const keyOnly = await h.ecs('DescribeInstances', { ...hz, 'Tag.1.Key': 'env' });
    expect(keyOnly.TotalCount).toBe(11);
  });

  it('rejects bad parameters with the ECS codes', async () => {
    h = await harness();
    await expectApiError(h.ecs('DescribeInstances', {}), 400, 'MissingParameter');
    await expectApiError(h.ecs('DescribeInstances', { RegionId: 'mars-1' }), 404, 'InvalidRegionId.NotFound');
    await expectApiError(h.ecs('DescribeInstances', { ...hz, InstanceIds: 'i-1,i-2' }), 400, 'InvalidParameter');
    const tooMany = JSON.stringify(Array.from({ length: 101 }, (_, n) => `i-${n}`));
    await expectApiError(h.ecs('DescribeInstances', { ...hz, InstanceIds: tooMany }), 400, 'InvalidParameter');
    await expectApiError(h.ecs('DescribeInstances', { ...hz, 'Tag.21.Key': 'env' }), 400, 'InvalidParameter');
    await expectApiError(h.ecs('DescribeInstances', { ...hz, DryRun: 'true' }), 400, 'DryRunOperation');
  });
});

describe('DescribeRegions and DescribeInstanceStatus', () => {
  it('localises region names, zh-CN by default', async () => {
    h = await harness();
    const zh = await h.ecs('DescribeRegions', {});
    const en = await h.ecs('DescribeRegions', { AcceptLanguage: 'en-US' });
    const hzOf = (b: EcsBodies['DescribeRegions']) => b.Regions.Region.find((r) => r.RegionId === 'cn-hangzhou');
    expect(hzOf(zh)).toEqual({ RegionId: 'cn-hangzhou', LocalName: '华东1（杭州）', RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com', Status: 'available' });
    expect(hzOf(en)?.LocalName).toBe('China (Hangzhou)');
    expect(zh.Regions.Region.map((r) => r.RegionId)).toEqual(expect.arrayContaining(['cn-shanghai', 'cn-beijing', 'ap-southeast-1']));
  });

  it('lists statuses by InstanceId.N with paging', async () => {
    h = await harness();
    const all = await h.ecs('DescribeInstanceStatus', { ...hz, PageSize: '2' });
    expect([all.TotalCount, all.InstanceStatuses.InstanceStatus.length]).toEqual([11, 2]);
    const id = nth(all.InstanceStatuses.InstanceStatus, 1).InstanceId;
    const one = await h.ecs('DescribeInstanceStatus', { ...hz, 'InstanceId.1': id });
    expect(one.InstanceStatuses.InstanceStatus).toEqual([{ InstanceId: id, Status: 'Running' }]);
  });
});
