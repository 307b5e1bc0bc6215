import { SessionClosedReason } from '@porthole/wire';

// The Closed (5) codes the CLI knows, in words a user reads in the terminal's "ended" banner.
const CLOSED_WORDS: Record<string, string> = {
  [SessionClosedReason.exit]: 'the shell exited',
  [SessionClosedReason.agentTimeout]: 'the session was idle for too long (the agent timed out)',
  [SessionClosedReason.initChannelFailed]: 'the Cloud Assistant agent could not start the session',
  [SessionClosedReason.openChannelFailed]: 'the Cloud Assistant agent could not open the channel',
  [SessionClosedReason.sessionIdDuplicated]: 'the session is already open elsewhere',
  [SessionClosedReason.processDataError]: 'the agent failed while relaying data',
  [SessionClosedReason.openPtyFailed]: 'the instance could not open a terminal',
  [SessionClosedReason.flowExceedLimit]: 'the session exceeded its bandwidth limit',
  IdleTimeout: 'the session was idle for too long',
  SessionTimeout: 'the session reached its maximum duration',
  UserNotExists: 'the requested user does not exist on the instance',
};

/** A Closed/Exited/Aborted status text from the gateway, in words; unknown codes are shown as they came. */
export function closedReasonWords(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'the cloud closed the session';
  return CLOSED_WORDS[trimmed] ?? `the cloud closed the session: ${trimmed.slice(0, 200)}`;
}

const CLOSE_CODE_WORDS: Record<number, string> = {
  1000: 'the cloud closed the connection',
  1001: 'the cloud gateway is going away',
  1005: 'the cloud gateway restarted',
  1006: 'the connection to the cloud was lost',
  1008: 'the cloud refused the connection',
  1011: 'the cloud gateway failed',
  1012: 'the cloud gateway restarted',
  1013: 'the cloud gateway is overloaded',
};

/** What a WebSocket close code from the cloud side means, for the "ended" banner. */
export function closeCodeWords(code: number): string {
  return CLOSE_CODE_WORDS[code] ?? `the cloud closed the connection (code ${code})`;
}
