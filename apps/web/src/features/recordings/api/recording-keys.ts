// Every recording query sits under one prefix; a recording's cast never changes once it has ended.
export const recordingKeys = {
  all: ['recordings'] as const,
  list: (all: boolean) => ['recordings', 'list', { all }] as const,
  detail: (recordingId: string) => ['recordings', 'detail', recordingId] as const,
  cast: (recordingId: string) => ['recordings', 'cast', recordingId] as const,
};
