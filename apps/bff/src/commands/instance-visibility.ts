import type { CloudInstance } from '@porthole/cloud';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { instancesByIds } from './instance-lookup.ts';

/** Whether the user may see an instance's part of an invocation. */
export type Visibility = (instanceId: string) => boolean;

export const hasTagScope = (request: FastifyRequest): boolean => request.user?.scope.tag != null;

/**
 * For a user limited to a tag: only the instances that carry it now. A released instance has no tags
 * left to show it is in scope, so it is not. Other users see every instance of the region.
 */
export function visibilityOf(app: FastifyInstance, request: FastifyRequest, instances: ReadonlyMap<string, CloudInstance>): Visibility {
  if (!hasTagScope(request)) return () => true;
  return (instanceId) => {
    const instance = instances.get(instanceId);
    return instance !== undefined && app.auth.scope.allowsInstance(request, instance.tags);
  };
}

/** visibilityOf, looking the instances up only when the user's scope needs their tags. */
export async function visibilityFor(app: FastifyInstance, request: FastifyRequest, regionId: string, instanceIds: readonly string[]): Promise<Visibility> {
  if (!hasTagScope(request) || instanceIds.length === 0) return () => true;
  return visibilityOf(app, request, await instancesByIds(app, regionId, instanceIds));
}
