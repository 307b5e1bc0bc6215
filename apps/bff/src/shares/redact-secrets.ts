/**
 * Replaces the secrets a console log commonly leaks with a visible `[REDACTED:<kind>]` marker, before
 * a snapshot is stored. It errs on the side of redacting: a hidden word in a shared log costs little,
 * a leaked key a lot. Every replacement keeps the text's line count (a multi-line secret becomes one
 * marker per line), so line numbers chosen on the full log still point at the same lines afterwards.
 */
export type SecretKind = 'private-key' | 'password' | 'bearer-token' | 'access-key-secret' | 'access-key-id';

export interface Redaction {
  readonly kind: SecretKind;
  /** 1-based lines the secret spanned. */
  readonly fromLine: number;
  readonly toLine: number;
}

export interface RedactedText {
  readonly text: string;
  readonly count: number;
  readonly redactions: readonly Redaction[];
}

const marker = (kind: SecretKind) => `[REDACTED:${kind}]`;

// A value after `key=` / `key: ` / `"key": `: quoted (spaces allowed) or a bare run, never a marker
// already put there by an earlier rule.
const VALUE = String.raw`(?!\[REDACTED:)(?:"[^"\n]*"|'[^'\n]*'|[^\s"',;}]+)`;
// Not preceded by a letter or digit, so `aws_secret_access_key` and `db.password` match too.
const keyValue = (keys: string) => new RegExp(String.raw`(?<![A-Za-z0-9])((?:${keys})["']?[ \t]*[:=][ \t]*)(${VALUE})`, 'gi');

interface Rule {
  readonly kind: SecretKind;
  readonly pattern: RegExp;
  /** The match with only its secret part replaced (single-line rules); default: the whole match, line by line. */
  readonly replace?: (groups: string[], secret: string) => string;
}

const keepQuotes = (value: string, secret: string) => {
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
  return `${quote}${secret}${quote}`;
};

const RULES: readonly Rule[] = [
  // To the END line, or to the end of the text when a cut-off log never reaches it.
  { kind: 'private-key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g },
  { kind: 'password', pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:)([^\s@/]+)@/gi, replace: ([scheme = ''], secret) => `${scheme}${secret}@` },
  // At least 8 characters, so prose ("the bearer of bad news") is not taken for a token.
  { kind: 'bearer-token', pattern: /\b(Bearer[ \t]+)([A-Za-z0-9\-._~+/]{8,}=*)/gi, replace: ([prefix = ''], secret) => `${prefix}${secret}` },
  {
    kind: 'access-key-secret',
    pattern: keyValue(String.raw`access[_-]?key[_-]?secret|secret[_-]?access[_-]?key|access[_-]?secret|security[_-]?token|sts[_-]?token`),
    replace: ([key = '', value = ''], secret) => `${key}${keepQuotes(value, secret)}`,
  },
  {
    kind: 'password',
    pattern: keyValue('password|passwd|pwd'),
    replace: ([key = '', value = ''], secret) => `${key}${keepQuotes(value, secret)}`,
  },
  // AccessKey ids: long-term (LTAI…) and STS (STS.…).
  { kind: 'access-key-id', pattern: /\b(?:LTAI[A-Za-z0-9]{12,30}|STS\.[A-Za-z0-9]{16,})\b/g },
];

const linesIn = (text: string, from = 0, to = text.length) => {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
};

function applyRule(current: string, rule: Rule, redactions: Redaction[]): string {
  // Matches come in order, so the line of each is counted on from the previous one's.
  let countedTo = 0;
  let line = 1;
  return current.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
    // replace() passes the groups, then the offset. Earlier rules kept the line count, so the line
    // of an offset in `current` is its line in the input too.
    const offsetIndex = rest.findIndex((part) => typeof part === 'number');
    const groups = rest.slice(0, offsetIndex).map((group) => (typeof group === 'string' ? group : ''));
    const offset = rest[offsetIndex] as number;
    line += linesIn(current, countedTo, offset);
    countedTo = offset;
    redactions.push({ kind: rule.kind, fromLine: line, toLine: line + linesIn(match) });
    if (rule.replace) return rule.replace(groups, marker(rule.kind));
    return match.split('\n').map(() => marker(rule.kind)).join('\n');
  });
}

export function redactSecrets(input: string): RedactedText {
  const redactions: Redaction[] = [];
  const text = RULES.reduce((current, rule) => applyRule(current, rule, redactions), input);
  return { text, count: redactions.length, redactions };
}
