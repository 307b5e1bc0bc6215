import { describe, expect, it } from 'vitest';
import { findGuestContainer, guestContainers } from './guest-containers.ts';
import { guestUsers } from './guest-users.ts';
import { containerHost, linuxSpec, seededSpec, windowsSpec } from './sandbox-fixtures.ts';

describe('guest accounts and containers', () => {
  it('gives Linux and Windows images their usual accounts', () => {
    expect(guestUsers(linuxSpec).map((u) => [u.name, u.uid, u.home])).toEqual([
      ['root', 0, '/root'],
      ['ecs-user', 1000, '/home/ecs-user'],
      ['admin', 1001, '/home/admin'],
    ]);
    expect(guestUsers(windowsSpec).map((u) => u.name)).toEqual(['System', 'Administrator']);
  });

  it('runs containers only on the worker and API instances, with stable ids', () => {
    expect(guestContainers(linuxSpec)).toEqual([]);
    expect(guestContainers(windowsSpec)).toEqual([]);
    const worker = seededSpec((s) => s.instanceName.includes('worker'));
    const [app, nginx] = guestContainers(containerHost);
    expect([app?.name, nginx?.name]).toEqual(['app', 'nginx']);
    expect(app?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(guestContainers(containerHost)).toEqual([app, nginx]);
    expect(guestContainers(worker)[0]?.id).not.toBe(app?.id);
  });

  it('finds a container by id (with or without a runtime scheme) and/or name', () => {
    const [app, nginx] = guestContainers(containerHost);
    expect(findGuestContainer(containerHost, { containerId: `containerd://${app?.id}` })).toEqual(app);
    expect(findGuestContainer(containerHost, { containerId: `cri-o://${nginx?.id}`, containerName: 'nginx' })).toEqual(nginx);
    expect(findGuestContainer(containerHost, { containerId: app?.id, containerName: 'nginx' })).toBeUndefined();
    expect(findGuestContainer(containerHost, { containerName: 'redis' })).toBeUndefined();
  });
});
