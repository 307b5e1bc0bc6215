import { caErrors } from './errors.ts';
import type { ParameterDefinition } from './model.ts';

/** Custom parameters: `{{name}}` in the content, alibaba-api.md §4.3. */
export const MAX_CONTENT_PARAMETERS = 20;
export const MAX_PASSED_PARAMETERS = 10;
const MAX_NAME_BYTES = 64;
const NAME = /^[a-zA-Z0-9_-]+$/;
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const BUILT_IN_PREFIX = 'ACS::';

/** The values of the built-in `{{ACS::…}}` parameters for one instance of one task. */
export interface BuiltIns {
  readonly RegionId: string;
  readonly InstanceId: string;
  readonly InstanceName: string;
  readonly InvokeId: string;
  readonly CommandId: string;
  readonly AccountId: string;
}

const placeholders = (content: string): string[] => [...content.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? '').trim());

/**
 * The custom parameter names of a command (built-ins excluded), first spelling kept: names are
 * case-insensitive. Throws the CreateCommand errors for too many, too long or malformed names.
 */
export function customParameterNames(content: string): string[] {
  const names = new Map<string, string>();
  for (const name of placeholders(content)) {
    if (name.startsWith(BUILT_IN_PREFIX)) continue;
    if (Buffer.byteLength(name) > MAX_NAME_BYTES) throw caErrors.parameterKeyTooLong();
    if (!NAME.test(name)) throw caErrors.invalidParameters(`"{{${name}}}" is not a valid parameter name: use a-z, A-Z, 0-9, - and _.`);
    if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  if (names.size > MAX_CONTENT_PARAMETERS) throw caErrors.parameterCountExceeded();
  return [...names.values()];
}

/** `Parameters` as sent on the wire: a JSON object of strings, or absent. */
export function parseParameters(raw: string | undefined): Record<string, string> {
  if (raw === undefined || raw === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw caErrors.invalidParameters('It must be a JSON object.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw caErrors.invalidParameters('It must be a JSON object.');
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [key, value] of Object.entries(parsed)) {
    if (key === '') throw caErrors.invalidParameters('A parameter name cannot be empty.');
    if (Buffer.byteLength(key) > MAX_NAME_BYTES) throw caErrors.parameterKeyTooLong();
    if (seen.has(key.toLowerCase())) throw caErrors.parameterKeyDuplicate();
    seen.add(key.toLowerCase());
    if (typeof value !== 'string') throw caErrors.parameterTypeNotSupported();
    out[key] = value;
  }
  if (Object.keys(out).length > MAX_PASSED_PARAMETERS) throw caErrors.parameterCountExceeded();
  return out;
}

export interface ParameterSource {
  readonly enableParameter: boolean;
  readonly content: string;
  readonly parameterDefinitions: readonly ParameterDefinition[];
}

/**
 * Checks the passed parameters against the command and returns every custom parameter's value:
 * passed, else its default, else empty (the documented meaning of a parameter left out), unless the
 * command's definition marks it required.
 */
export function resolveParameters(command: ParameterSource, passed: Readonly<Record<string, string>>): Record<string, string> {
  const passedKeys = Object.keys(passed);
  if (!command.enableParameter) {
    if (passedKeys.length > 0) throw caErrors.parameterDisabled();
    return {};
  }
  const names = customParameterNames(command.content);
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  if (passedKeys.some((key) => !byLower.has(key.toLowerCase()))) throw caErrors.parameterNotMatched();
  const given = new Map(passedKeys.map((key) => [key.toLowerCase(), passed[key] ?? '']));
  const resolved: Record<string, string> = {};
  for (const name of names) {
    const definition = command.parameterDefinitions.find((d) => d.name.toLowerCase() === name.toLowerCase());
    const value = given.get(name.toLowerCase()) ?? definition?.defaultValue;
    if (value === undefined && definition?.required) throw caErrors.parameterMissingValue(name);
    if (value !== undefined && definition) checkAllowed(definition, value);
    resolved[name] = value ?? '';
  }
  return resolved;
}

function checkAllowed(definition: ParameterDefinition, value: string): void {
  if (definition.possibleValues.length > 0 && !definition.possibleValues.includes(value)) {
    throw caErrors.invalidParameters(`${definition.name} must be one of ${definition.possibleValues.join(', ')}.`);
  }
  if (definition.patternRegex !== '' && !new RegExp(`^(?:${definition.patternRegex})$`).test(value)) {
    throw caErrors.invalidParameters(`${definition.name} does not match ${definition.patternRegex}.`);
  }
}

/** Replaces `{{name}}` (case-insensitively) and, when parameters are enabled, the `{{ACS::…}}` built-ins. */
export function substitute(content: string, values: Readonly<Record<string, string>>, builtIns: BuiltIns | undefined): string {
  const lower = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  return content.replace(PLACEHOLDER, (whole, inner: string) => {
    const name = inner.trim();
    if (name.startsWith(BUILT_IN_PREFIX)) {
      const key = name.slice(BUILT_IN_PREFIX.length) as keyof BuiltIns;
      return builtIns && Object.hasOwn(builtIns, key) ? builtIns[key] : whole;
    }
    return lower.get(name.toLowerCase()) ?? whole;
  });
}
