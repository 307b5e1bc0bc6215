import { Type, type Static } from 'typebox';

export const ConsoleOutputQuery = Type.Object({
  removeSymbols: Type.Optional(Type.Boolean({ default: false })),
});
export type ConsoleOutputQuery = Static<typeof ConsoleOutputQuery>;

/** The decoded console (serial) output. Hostile text: render it, never interpret it as markup. */
export const ConsoleOutput = Type.Object({
  instanceId: Type.String(),
  text: Type.String({ description: 'ConsoleOutput, Base64-decoded as UTF-8' }),
  lastUpdateTime: Type.String({ description: 'As the API gives it: yyyy-MM-dd HH:mm:ss in UTC+8' }),
  lastUpdateTimeUtc: Type.Union([Type.String({ description: 'ISO 8601' }), Type.Null()]),
  cloudRequestId: Type.String(),
});
export type ConsoleOutput = Static<typeof ConsoleOutput>;
