import { Type, type Static } from 'typebox';

/** GetInstanceScreenshot: a JPEG of what the instance's display shows. */
export const InstanceScreenshot = Type.Object({
  instanceId: Type.String(),
  imageBase64: Type.String({ description: 'JPEG, Base64' }),
  takenAt: Type.String({ description: 'ISO 8601, when the BFF received it' }),
  minIntervalSeconds: Type.Integer({ description: 'The API refuses calls closer together than this' }),
  cloudRequestId: Type.String(),
});
export type InstanceScreenshot = Static<typeof InstanceScreenshot>;
