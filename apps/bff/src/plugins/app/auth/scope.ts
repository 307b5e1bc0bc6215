import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors/error-catalogue.ts';

interface Tag {
  readonly key: string;
  readonly value: string;
}

/**
 * A user's scope as checks the routes make. A request without a user has no scope to check: the
 * access hooks have already refused it on any non-public route.
 */
export const scopeChecks = {
  allowsRegion(request: FastifyRequest, regionId: string): boolean {
    const regions = request.user?.scope.regions ?? null;
    return regions === null || regions.includes(regionId);
  },

  /** Throws OUT_OF_SCOPE for a region outside the user's scope. */
  assertRegion(request: FastifyRequest, regionId: string): void {
    if (!scopeChecks.allowsRegion(request, regionId)) throw new ApiError('OUT_OF_SCOPE', `Region ${regionId} is outside your scope.`);
  },

  allowsInstance(request: FastifyRequest, tags: readonly Tag[]): boolean {
    const tag = request.user?.scope.tag ?? null;
    return tag === null || tags.some((t) => t.key === tag.key && t.value === tag.value);
  },

  /** Throws OUT_OF_SCOPE for an instance without the user's scope tag. */
  assertInstance(request: FastifyRequest, instanceId: string, tags: readonly Tag[]): void {
    if (!scopeChecks.allowsInstance(request, tags)) throw new ApiError('OUT_OF_SCOPE', `Instance ${instanceId} is outside your scope.`);
  },

  /**
   * The tag filter an instance list must use: the user's scope tag, or the requested filter when the
   * user has none. A requested filter that contradicts the scope is refused, not silently replaced.
   */
  instanceTagFilter(request: FastifyRequest, requested: { tagKey?: string | undefined; tagValue?: string | undefined }): { key: string; value?: string } | undefined {
    const scoped = request.user?.scope.tag ?? null;
    const { tagKey, tagValue } = requested;
    if (scoped === null) return tagKey === undefined ? undefined : { key: tagKey, ...(tagValue === undefined ? {} : { value: tagValue }) };
    if ((tagKey !== undefined && tagKey !== scoped.key) || (tagValue !== undefined && tagValue !== scoped.value)) {
      throw new ApiError('OUT_OF_SCOPE', `Your scope only covers instances tagged ${scoped.key}=${scoped.value}.`);
    }
    return { key: scoped.key, value: scoped.value };
  },
};

export type ScopeChecks = typeof scopeChecks;
