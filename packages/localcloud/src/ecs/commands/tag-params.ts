import { tagErrors } from '../../cloud-assistant/errors.ts';
import type { RpcParams } from '../../operation.ts';
import type { Tag } from '../../world/model.ts';

/** `Tag.N` labels the command or task (N ≤ 20); `ResourceTag.N` picks the target instances (N ≤ 10). */
const MAX = { Tag: 20, ResourceTag: 10 } as const;
const KEY_MAX = 64;
const VALUE_MAX = 128;
const URL_SCHEME = /https?:\/\//i;
const RESERVED_KEY = /^(acs:|aliyun)/i;

export interface TagParam {
  readonly key: string;
  /** Undefined when the request gave no value (a ResourceTag then matches any value). */
  readonly value: string | undefined;
}

/** Reads `<family>.N.Key` / `<family>.N.Value` with the documented checks and that family's error codes. */
export function tagParams(params: RpcParams, family: 'Tag' | 'ResourceTag'): TagParam[] {
  const errors = tagErrors(family);
  const pattern = new RegExp(`^${family}\\.(\\d+)\\.(Key|Value)$`);
  const indexes = new Set<number>();
  for (const name of Object.keys(params)) {
    const match = pattern.exec(name);
    if (match) indexes.add(Number(match[1]));
  }
  if (indexes.size > MAX[family] || [...indexes].some((n) => n < 1 || n > MAX[family])) throw errors.tooMany();
  const tags = [...indexes]
    .sort((a, b) => a - b)
    .map((n) => ({ key: params[`${family}.${n}.Key`] ?? '', value: params[`${family}.${n}.Value`] }));
  const seen = new Set<string>();
  for (const { key, value } of tags) {
    if (key === '') throw errors.missingKey();
    if (key.length > KEY_MAX || RESERVED_KEY.test(key) || URL_SCHEME.test(key)) throw errors.badKey();
    if (value !== undefined && (value.length > VALUE_MAX || URL_SCHEME.test(value))) throw errors.badValue();
    if (seen.has(key)) throw errors.duplicateKey();
    seen.add(key);
  }
  return tags;
}

/** Labels as stored on a command or task: a missing value is an empty one. */
export const labelTags = (params: RpcParams): Tag[] => tagParams(params, 'Tag').map(({ key, value }) => ({ key, value: value ?? '' }));

/** The `Tag.N` filter of the Describe operations: every given tag must be present (value too, if given). */
export function matchesTagFilter(tags: readonly Tag[], filter: readonly TagParam[]): boolean {
  return filter.every((f) => tags.some((t) => t.key === f.key && (f.value === undefined || t.value === f.value)));
}

export const tagsView = (tags: readonly Tag[]) => ({ Tag: tags.map((t) => ({ TagKey: t.key, TagValue: t.value })) });
