import { createHash } from 'node:crypto';
import type { InstanceSpec } from '../world/model.ts';
import type { GuestUser } from './guest-users.ts';

/** An ECI-style container running on an instance, which ContainerId/ContainerName can target. */
export interface GuestContainer {
  /** 64 hex digits, stable for the instance and name. */
  readonly id: string;
  readonly name: string;
  readonly image: string;
  /** A path inside the container. */
  readonly workingDir: string;
  readonly user: string;
}

const TEMPLATES: readonly Omit<GuestContainer, 'id'>[] = [
  { name: 'app', image: 'registry.cn-hangzhou.aliyuncs.com/porthole/app:1.4.2', workingDir: '/app', user: 'app' },
  { name: 'nginx', image: 'nginx:1.25.4-alpine', workingDir: '/', user: 'root' },
];

/** Only the application servers of the seed run containers. */
export function guestContainers(spec: InstanceSpec): GuestContainer[] {
  const runsContainers = spec.image.osType === 'linux' && /worker|api/.test(spec.instanceName);
  if (!runsContainers) return [];
  return TEMPLATES.map((t) => ({ ...t, id: createHash('sha256').update(`${spec.instanceId}/${t.name}`).digest('hex') }));
}

/** ContainerId may carry the runtime's scheme, as Kubernetes reports it. */
const RUNTIME_PREFIX = /^(docker|containerd|cri-o):\/\//;

/** The container both selectors name (either may be absent); undefined when none matches. */
export function findGuestContainer(
  spec: InstanceSpec,
  selector: { readonly containerId?: string; readonly containerName?: string },
): GuestContainer | undefined {
  const id = selector.containerId?.replace(RUNTIME_PREFIX, '');
  return guestContainers(spec).find(
    (c) => (id === undefined || c.id === id) && (selector.containerName === undefined || c.name === selector.containerName),
  );
}

/** root plus the image's own account, if it has one. */
export function containerUsers(container: GuestContainer): GuestUser[] {
  const root: GuestUser = { name: 'root', uid: 0, gid: 0, home: '/root' };
  if (container.user === 'root') return [root];
  return [root, { name: container.user, uid: 1000, gid: 1000, home: container.workingDir }];
}
