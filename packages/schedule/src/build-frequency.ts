import type { FrequencyChoice } from './frequency.ts';

/** The exact Frequency text the API takes for a run form's choice; parseFrequency validates it. */
export function buildFrequency(choice: FrequencyChoice): string {
  switch (choice.kind) {
    case 'rate': return `rate(${choice.every}${choice.unit})`;
    case 'at': return `at(${withZone(choice.local.trim(), choice.timeZone)})`;
    case 'cron': return withZone(choice.expression.trim().split(/\s+/).join(' '), choice.timeZone);
  }
}

// No zone means UTC for `at` and the instance's zone for cron, so an empty one is left out.
function withZone(text: string, timeZone: string | undefined): string {
  const zone = timeZone?.trim();
  return zone ? `${text} ${zone}` : text;
}
