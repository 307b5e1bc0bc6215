import { Type, type Static } from 'typebox';

/** What the app shell needs to know about the BFF: which cloud it talks to (never how it signs in). */
export const Meta = Type.Object({
  cloudMode: Type.Union([Type.Literal('local'), Type.Literal('cloud')], {
    description: 'local: the embedded or configured localcloud simulator; cloud: Alibaba Cloud',
  }),
  version: Type.String(),
});
export type Meta = Static<typeof Meta>;
