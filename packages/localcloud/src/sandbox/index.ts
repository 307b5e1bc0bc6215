export { findGuestContainer, type GuestContainer, guestContainers } from './guest-containers.ts';
export { findGuestUser, type GuestUser, guestUsers } from './guest-users.ts';
export type { Isolation } from './isolation.ts';
export { EXECUTION_EXCEPTION, REFUSALS, type RefusalCode } from './refusals.ts';
export type { RunningScript, ScriptEnd, ScriptRequest, ScriptResult, ScriptType, TerminationMode } from './script-request.ts';
export { Sandboxes, type SandboxesOptions } from './sandboxes.ts';
