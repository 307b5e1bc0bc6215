import { invalidParameter, missingParameter } from '../api-error.ts';
import type { RpcParams } from '../operation.ts';
import { findRegion, type Region } from '../world/regions.ts';
import { ecsErrors } from './errors.ts';

/** Readers for flattened RPC parameters, shared by the ECS and ECI operations. */

export const optional = (params: RpcParams, name: string): string | undefined => {
  const value = params[name];
  return value === undefined || value === '' ? undefined : value;
};

export const required = (params: RpcParams, name: string): string => {
  const value = optional(params, name);
  if (value === undefined) throw missingParameter(name);
  return value;
};

export const regionParam = (params: RpcParams): Region => {
  const region = findRegion(required(params, 'RegionId'));
  if (!region) throw ecsErrors.regionNotFound();
  return region;
};

export const boolParam = (params: RpcParams, name: string, fallback: boolean): boolean => {
  const value = optional(params, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value !== 'true' && value !== 'false') throw invalidParameter(name, 'It must be true or false.');
  return value === 'true';
};

export const intParam = (params: RpcParams, name: string): number | undefined => {
  const value = optional(params, name);
  if (value === undefined) return undefined;
  if (!/^-?\d{1,9}$/.test(value)) throw invalidParameter(name, 'It must be an integer.');
  return Number(value);
};

/** A parameter that carries a JSON array of strings, e.g. `InstanceIds='["i-1","i-2"]'`. */
export const jsonStringArray = (params: RpcParams, name: string, max: number): string[] | undefined => {
  const value = optional(params, name);
  if (value === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalidParameter(name, 'It must be a JSON array of strings.');
  }
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
    throw invalidParameter(name, 'It must be a JSON array of strings.');
  }
  if (parsed.length > max) throw invalidParameter(name, `It can contain at most ${max} items.`);
  return parsed;
};

/** `Name.1`, `Name.2`, … in index order. */
export const repeatedParam = (params: RpcParams, name: string): string[] =>
  indexedKeys(params, new RegExp(`^${name}\\.(\\d+)$`)).map(([, key]) => params[key] ?? '');

export interface TagFilter {
  readonly key: string;
  readonly value?: string;
}

/** `Tag.N.Key`/`Tag.N.Value`, N from 1 to `max`. */
export const tagFilters = (params: RpcParams, max = 20): TagFilter[] =>
  indexedKeys(params, /^Tag\.(\d+)\.Key$/).map(([n, keyName]) => {
    if (n < 1 || n > max) throw invalidParameter(keyName, `Tag.N supports N from 1 to ${max}.`);
    const key = params[keyName] ?? '';
    const value = params[`Tag.${n}.Value`];
    return value === undefined ? { key } : { key, value };
  });

export const matchesTags = (tags: readonly { key: string; value: string }[], filters: readonly TagFilter[]): boolean =>
  filters.every((f) => tags.some((t) => t.key === f.key && (f.value === undefined || t.value === f.value)));

function indexedKeys(params: RpcParams, pattern: RegExp): [number, string][] {
  return Object.keys(params)
    .map((key): [number, string] | undefined => {
      const match = pattern.exec(key);
      return match ? [Number(match[1]), key] : undefined;
    })
    .filter((entry) => entry !== undefined)
    .sort((a, b) => a[0] - b[0]);
}
