import type { RecordingSummary } from '@porthole/contract';
import type { Recording } from '@porthole/storage';

export function toRecordingSummary(recording: Recording): RecordingSummary {
  return {
    id: recording.id,
    terminalId: recording.terminalId,
    kind: recording.kind,
    regionId: recording.regionId,
    targetId: recording.targetId,
    targetName: recording.targetName,
    containerName: recording.containerName,
    userName: recording.userName,
    startedAt: recording.startedAt,
    endedAt: recording.endedAt,
    durationSeconds: recording.durationSeconds,
    bytes: recording.bytes,
    inputRecorded: recording.inputRecorded,
    auditId: recording.auditId,
  };
}
