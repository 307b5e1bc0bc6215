import type { ScriptEnd } from './script-request.ts';

/**
 * The agent's per-instance ErrorCode/ErrorInfo pairs this package can produce, worded exactly as the cloud reports
 * them (alibaba-api.md §4.2 (d)).
 */
export const REFUSALS = {
  AccountNotExists: 'the specified account does not exists',
  DirectoryNotExists: 'the specified directory does not exists',
  CommandNotApplicable: 'the command is not applicable',
} as const;

export type RefusalCode = keyof typeof REFUSALS;

export const EXECUTION_EXCEPTION = 'the command execution got an exception';

export const refused = (errorCode: RefusalCode): ScriptEnd => ({ kind: 'refused', errorCode, errorInfo: REFUSALS[errorCode] });

/** The documented text first, so clients matching on it still do, then what actually went wrong. */
export const executionException = (detail: string): ScriptEnd => ({
  kind: 'error',
  errorCode: 'ExecutionException',
  errorInfo: `${EXECUTION_EXCEPTION}: ${detail}`,
});
