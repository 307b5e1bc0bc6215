import { Type, type Static } from 'typebox';

/** Every terminal session is recorded by the BFF as asciicast v2: output and resizes (input only when enabled). */
export const RecordingSummary = Type.Object({
  id: Type.String(),
  terminalId: Type.String(),
  kind: Type.Union([Type.Literal('instance'), Type.Literal('container')]),
  regionId: Type.String(),
  targetId: Type.String(),
  targetName: Type.String(),
  containerName: Type.Union([Type.String(), Type.Null()]),
  userName: Type.String({ description: 'The Porthole user whose session it was' }),
  startedAt: Type.String(),
  endedAt: Type.Union([Type.String(), Type.Null()]),
  durationSeconds: Type.Number(),
  bytes: Type.Integer({ description: 'Size of the asciicast file' }),
  inputRecorded: Type.Boolean(),
  auditId: Type.Union([Type.String(), Type.Null()]),
});
export type RecordingSummary = Static<typeof RecordingSummary>;

export const RecordingListQuery = Type.Object({
  /** Admins: every user's recordings. */
  all: Type.Optional(Type.Boolean()),
});
export type RecordingListQuery = Static<typeof RecordingListQuery>;

export const RecordingList = Type.Object({ items: Type.Array(RecordingSummary) });
export type RecordingList = Static<typeof RecordingList>;

export const RecordingParams = Type.Object({ recordingId: Type.String({ minLength: 1, maxLength: 64 }) });
export type RecordingParams = Static<typeof RecordingParams>;

/** The asciicast v2 file itself (newline-delimited JSON), for asciinema-player. */
export const RecordingCast = Type.String({ description: 'application/x-asciicast' });

export const ShareRecordingBody = Type.Object({
  note: Type.Optional(Type.String({ maxLength: 1000 })),
  visibility: Type.Optional(Type.Union([Type.Literal('signed-in'), Type.Literal('public')])),
  expiresIn: Type.Optional(Type.Union([Type.Literal('1h'), Type.Literal('1d'), Type.Literal('7d'), Type.Literal('30d')])),
});
export type ShareRecordingBody = Static<typeof ShareRecordingBody>;
