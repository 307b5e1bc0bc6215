const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const NAME = /^[a-zA-Z0-9_-]+$/;
const BUILT_IN_PREFIX = 'ACS::';

export interface FoundParameters {
  /** Custom parameter names, first spelling kept: the cloud treats names case-insensitively. */
  names: string[];
  /** Placeholders the cloud would refuse as names (it allows a-z, A-Z, 0-9, - and _). */
  invalid: string[];
}

/** The `{{name}}` parameters of a script, as the cloud reads them; the `{{ACS::…}}` built-ins are not the user's to fill. */
export function findParameters(content: string): FoundParameters {
  const names = new Map<string, string>();
  const invalid = new Set<string>();
  for (const match of content.matchAll(PLACEHOLDER)) {
    const name = (match[1] ?? '').trim();
    if (name.startsWith(BUILT_IN_PREFIX)) continue;
    if (!NAME.test(name)) invalid.add(name);
    else if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return { names: [...names.values()], invalid: [...invalid] };
}
