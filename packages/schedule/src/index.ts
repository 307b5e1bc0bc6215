export type { Frequency, FrequencyChoice, ParsedFrequency } from './frequency.ts';
export { parseFrequency } from './parse-frequency.ts';
export { frequencyProblem, type FrequencyProblemOptions } from './frequency-problem.ts';
export { nextRuns, type NextRunsOptions } from './next-runs.ts';
export { buildFrequency } from './build-frequency.ts';
export { toIanaTimeZone } from './time-zone.ts';
