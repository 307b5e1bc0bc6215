import type { CommandChoice, Schedule } from '@porthole/contract';
import { describeSchedule } from '../../../commands/invocation-timing.ts';
import type { AuditSubject } from '../../../plugins/app/audit.ts';

// Enough ids to recognise a run by on the audit page; the count says how many there were in all.
const LISTED_IDS = 10;

/** The audit entry of a run or re-run: what ran, on how many and which instances, and when. */
export function runAuditSubject(regionId: string, command: CommandChoice, instanceIds: readonly string[], schedule: Schedule, dryRun: boolean): AuditSubject {
  const listed = instanceIds.slice(0, LISTED_IDS).join(', ');
  const more = instanceIds.length > LISTED_IDS ? ` and ${instanceIds.length - LISTED_IDS} more` : '';
  const count = `${instanceIds.length} instance${instanceIds.length === 1 ? '' : 's'}`;
  return {
    action: 'command.run',
    regionId,
    // A run on one instance is found by the audit page's instance filter too.
    ...(instanceIds.length === 1 && instanceIds[0] !== undefined ? { instanceId: instanceIds[0] } : {}),
    target: command.kind === 'saved' ? `command:${command.commandId}` : `inline:${command.type}`,
    detail: `${dryRun ? 'dry run ' : ''}on ${count} (${listed}${more}), ${describeSchedule(schedule)}`,
  };
}
