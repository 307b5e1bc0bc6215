import type { Frequency } from '@porthole/schedule';
import type { EcsInstance } from '../world/model.ts';
import { agentSupports } from './agent-features.ts';
import { errorOf } from './error-info.ts';
import type { InstanceTask, RepeatMode } from './model.ts';

/**
 * The state a task starts in on one instance. The API refuses a request only for what is wrong with the
 * request itself; what is wrong with an instance (stopped, no agent, an agent too old) becomes that
 * instance's record, as the cloud's ErrorCode table describes ("the instance is not running when create
 * task"), so the other instances still run. DryRun is the exception: it reports such problems as errors.
 */
export function initialTask(
  instance: EcsInstance,
  mode: RepeatMode,
  needs: { frequency: Frequency | undefined; container: boolean },
  now: number,
): InstanceTask {
  const base = { instanceId: instance.spec.instanceId, errorCode: '', errorInfo: '', creationTime: now, updateTime: now, runs: [] };
  if (instance.spec.cloudAssistantVersion === undefined) return { ...base, status: 'Aborted', ...errorOf('ClientNotRunning') };
  if (!agentSupports(instance.spec, needs)) return { ...base, status: 'Invalid', ...errorOf('ClientNeedUpgrade') };
  // The reboot modes wait for the next boot, so a stopped instance is fine for them.
  if (mode === 'NextRebootOnly' || mode === 'EveryReboot') return { ...base, status: 'Scheduled' };
  if (instance.power.status !== 'Running') return { ...base, status: 'Aborted', ...errorOf('InstanceNotRunning') };
  return { ...base, status: mode === 'Period' ? 'Scheduled' : 'Pending' };
}
