import { afterEach, describe, expect, it } from 'vitest';
import type { EciBodies } from '../ecs/response-shapes.ts';
import { expectApiError, harness, nth, type Harness } from '../ecs/operation-harness.ts';

let h: Harness;
afterEach(async () => h.world.close());

const names = (body: EciBodies['DescribeContainerGroups']): string[] => body.ContainerGroups.map((g) => g.ContainerGroupName);

describe('DescribeContainerGroups', () => {
  it('returns bare arrays with {Key,Value} tags and container states', async () => {
    h = await harness();
    const body = await h.eci('DescribeContainerGroups', { RegionId: 'cn-hangzhou' });
    expect(body.TotalCount).toBe(3);
    const web = body.ContainerGroups.find((g) => g.ContainerGroupName === 'storefront-web');
    expect(web?.ContainerGroupId).toMatch(/^eci-[a-z0-9]{20}$/);
    expect(web?.Tags).toContainEqual({ Key: 'team', Value: 'storefront' });
    expect(web?.Containers.map((c) => c.Name)).toEqual(['nginx', 'php-fpm', 'logtail']);
    expect(web?.Containers[0]?.CurrentState.State).toBe('Running');
    const api = body.ContainerGroups.find((g) => g.ContainerGroupName === 'checkout-api');
    const redis = api?.Containers.find((c) => c.Name === 'redis');
    expect(redis?.CurrentState).toMatchObject({ State: 'Waiting', Reason: 'CrashLoopBackOff' });
    expect(redis?.RestartCount).toBeGreaterThan(0);
    expect((await h.eci('DescribeContainerGroups', { RegionId: 'cn-shanghai' })).TotalCount).toBe(3);
  });

  it('filters by ids, name, status and tags', async () => {
    h = await harness();
    const all = (await h.eci('DescribeContainerGroups', { RegionId: 'cn-hangzhou' })).ContainerGroups;
    const id = nth(all, 1).ContainerGroupId;
    expect(names(await h.eci('DescribeContainerGroups', { RegionId: 'cn-hangzhou', ContainerGroupIds: JSON.stringify([id]) }))).toEqual([nth(all, 1).ContainerGroupName]);
    expect(names(await h.eci('DescribeContainerGroups', { RegionId: 'cn-hangzhou', ContainerGroupName: 'nightly-report' }))).toEqual(['nightly-report']);
    expect(names(await h.eci('DescribeContainerGroups', { RegionId: 'cn-shanghai', Status: 'Failed' }))).toEqual(['data-migrate']);
    expect(names(await h.eci('DescribeContainerGroups', { RegionId: 'cn-shanghai', 'Tag.1.Key': 'team', 'Tag.1.Value': 'data' }))).toEqual(['ml-inference', 'data-migrate']);
    const withEvents = await h.eci('DescribeContainerGroups', { RegionId: 'cn-hangzhou', WithEvent: 'true' });
    expect(nth(withEvents.ContainerGroups, 0).Events.length).toBeGreaterThan(0);
  });

  it('pages with Limit and NextToken', async () => {
    h = await harness();
    const first = await h.eci('DescribeContainerGroups', { RegionId: 'cn-hangzhou', Limit: '2' });
    expect([first.ContainerGroups.length, first.TotalCount]).toEqual([2, 3]);
    const rest = await h.eci('DescribeContainerGroups', { RegionId: 'cn-hangzhou', Limit: '2', NextToken: first.NextToken });
    expect(rest.ContainerGroups).toHaveLength(1);
    expect(rest.NextToken).toBe('');
    expect((await h.eci('DescribeContainerGroups', { RegionId: 'cn-hangzhou', Limit: '500' })).ContainerGroups).toHaveLength(3);
  });

  it('rejects bad input', async () => {
    h = await harness();
    await expectApiError(h.eci('DescribeContainerGroups', {}), 400, 'MissingParameter');
    await expectApiError(h.eci('DescribeContainerGroups', { RegionId: 'mars-1' }), 404, 'InvalidRegionId.NotFound');
    await expectApiError(h.eci('DescribeContainerGroups', { RegionId: 'cn-hangzhou', ContainerGroupIds: '[1,2]' }), 400, 'InvalidParameter');
  });
});
