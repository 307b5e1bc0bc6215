import type { UserScope } from '@porthole/contract';

/** A region the scope fields offer; the route supplies them, as this feature does not load regions. */
export interface RegionOption {
  value: string;
  label: string;
}

/** The scope as the dialogs' form fields hold it: empty means "no limit". */
export interface ScopeFormValues {
  regions?: string[] | undefined;
  tagKey?: string | undefined;
  tagValue?: string | undefined;
}

export function toUserScope(values: ScopeFormValues): UserScope {
  const tagKey = values.tagKey?.trim();
  return {
    regions: values.regions && values.regions.length > 0 ? values.regions : null,
    tag: tagKey ? { key: tagKey, value: values.tagValue?.trim() ?? '' } : null,
  };
}

export function toScopeFormValues(scope: UserScope): ScopeFormValues {
  return { regions: scope.regions ?? [], tagKey: scope.tag?.key ?? '', tagValue: scope.tag?.value ?? '' };
}

export function isUnrestricted(scope: UserScope): boolean {
  return scope.regions === null && scope.tag === null;
}
