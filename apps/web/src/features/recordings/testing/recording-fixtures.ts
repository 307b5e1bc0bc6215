import type { CreatedShare, RecordingSummary } from '@porthole/contract';

export function aRecording(overrides: Partial<RecordingSummary> = {}): RecordingSummary {
  return {
    id: 'rec-1',
    terminalId: 'term-1',
    kind: 'instance',
    regionId: 'cn-hangzhou',
    targetId: 'i-bp1web01',
    targetName: 'web-01',
    containerName: null,
    userName: 'alice',
    startedAt: '2026-11-24T10:00:00Z',
    endedAt: '2026-11-24T10:01:23Z',
    durationSeconds: 83,
    bytes: 1536,
    inputRecorded: false,
    auditId: 'aud-1',
    ...overrides,
  };
}

export function aRecordingShare(overrides: Partial<CreatedShare['share']> = {}): CreatedShare {
  return {
    share: {
      id: 'sh-9',
      regionId: 'cn-hangzhou',
      instanceId: 'i-bp1web01',
      instanceName: 'web-01',
      range: null,
      note: null,
      visibility: 'signed-in',
      createdBy: 'alice',
      createdAt: '2026-11-24T11:00:00Z',
      expiresAt: '2026-11-25T11:00:00Z',
      revokedAt: null,
      viewCount: 0,
      redactions: 0,
      ...overrides,
    },
    url: '/shared/tok_RRRRRRRRRRRRRRRRRRRRRR',
  };
}

/** A small asciicast v2 file: header, output with colour, a resize, more output. */
export const aCast = [
  JSON.stringify({ version: 2, width: 80, height: 24, timestamp: 1795000000, env: { TERM: 'xterm-256color', SHELL: '/bin/bash' } }),
  JSON.stringify([0.1, 'o', '$ ']),
  JSON.stringify([1.2, 'o', 'echo $((6*7))\r\n\u001b[32m42\u001b[0m\r\n$ ']),
  JSON.stringify([2.5, 'r', '120x40']),
  JSON.stringify([3.0, 'o', 'exit\r\n']),
].join('\n');
