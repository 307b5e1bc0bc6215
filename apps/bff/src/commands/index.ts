/** The BFF's Cloud Assistant service: what the command and invocation routes and the rollouts share. */
export { resolveTargets } from './resolve-targets.ts';
export { submitInvocation, type SubmittedRun, type Submission } from './submit-invocation.ts';
export { readInvocation } from './read-invocation.ts';
