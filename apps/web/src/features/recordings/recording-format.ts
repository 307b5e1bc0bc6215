// How a recording's size and length read in the list: short, in the viewer's language.

const byteUnits = [
  { unit: 'byte', size: 1 },
  { unit: 'kilobyte', size: 1024 },
  { unit: 'megabyte', size: 1024 ** 2 },
  { unit: 'gigabyte', size: 1024 ** 3 },
] as const;

/**
 * 1536 -> "1.5 kB": binary steps (what `ls -lh` shows), the units' names from Intl. Plain bytes take the long name,
 * because CLDR's short English one is a singular "byte" whatever the count ("812 byte").
 */
export function formatBytes(bytes: number, language: string): string {
  const step = byteUnits.findLast((u) => bytes >= u.size) ?? byteUnits[0];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: step.unit,
    unitDisplay: step.size === 1 ? 'long' : 'short',
    maximumFractionDigits: step.size === 1 ? 0 : 1,
  }).format(bytes / step.size);
}

// A type, not an interface: i18next takes it as interpolation values only with an implicit index signature.
export type DurationParts = { hours: number; minutes: number; seconds: number };

export type DurationText = { key: 'seconds' | 'minutes' | 'hours'; parts: DurationParts };

/** Which message and numbers say a duration: the two largest units are enough for a session. */
export function durationText(totalSeconds: number): DurationText {
  const whole = Math.max(0, Math.round(totalSeconds));
  const parts = { hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60), seconds: whole % 60 };
  const key = parts.hours > 0 ? 'hours' : parts.minutes > 0 ? 'minutes' : 'seconds';
  return { key, parts };
}
