import { Type, type Static } from 'typebox';
import { RegionId } from './auth.ts';

export const ShareVisibility = Type.Union([Type.Literal('signed-in'), Type.Literal('public')], {
  description: 'signed-in: any signed-in teammate; public: anyone with the link',
});
export type ShareVisibility = Static<typeof ShareVisibility>;

export const ShareExpiry = Type.Union([Type.Literal('1h'), Type.Literal('1d'), Type.Literal('7d'), Type.Literal('30d')]);
export type ShareExpiry = Static<typeof ShareExpiry>;

/** 1-based, inclusive line numbers of the text as the viewer shows it. */
export const LineRange = Type.Object({ from: Type.Integer({ minimum: 1 }), to: Type.Integer({ minimum: 1 }) });
export type LineRange = Static<typeof LineRange>;

export const CreateShareBody = Type.Object({
  regionId: RegionId,
  instanceId: Type.String({ pattern: '^i-[A-Za-z0-9]+$', maxLength: 64 }),
  removeSymbols: Type.Optional(Type.Boolean({ default: false, description: 'Which console text to snapshot' })),
  range: Type.Optional(LineRange),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
  visibility: Type.Optional(ShareVisibility),
  expiresIn: Type.Optional(ShareExpiry),
});
export type CreateShareBody = Static<typeof CreateShareBody>;

export const ShareSummary = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  instanceId: Type.String(),
  instanceName: Type.Union([Type.String(), Type.Null()]),
  range: Type.Union([LineRange, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  visibility: ShareVisibility,
  createdBy: Type.String({ description: 'User name of the sharer' }),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  viewCount: Type.Integer(),
  redactions: Type.Integer({ description: 'How many secrets were replaced by a marker' }),
});
export type ShareSummary = Static<typeof ShareSummary>;

/** Returned once, at creation: the link's token is never stored or shown again. */
export const CreatedShare = Type.Object({ share: ShareSummary, url: Type.String({ description: 'Path of the shared view, e.g. /shared/<token>' }) });
export type CreatedShare = Static<typeof CreatedShare>;

export const ShareList = Type.Object({ items: Type.Array(ShareSummary) });
export type ShareList = Static<typeof ShareList>;

export const ShareListQuery = Type.Object({
  all: Type.Optional(Type.Boolean({ description: 'Admins: every user\'s shares' })),
});
export type ShareListQuery = Static<typeof ShareListQuery>;

export const ShareParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
export const ShareTokenParams = Type.Object({ token: Type.String({ minLength: 16, maxLength: 128 }) });

/** What a link shows: the snapshot as it was stored (secrets already redacted). */
export const SharedLogView = Type.Object({
  share: ShareSummary,
  text: Type.String(),
  lastUpdateTime: Type.String({ description: 'As the API gave it' }),
  lastUpdateTimeUtc: Type.Union([Type.String(), Type.Null()]),
  /** Whether the viewer may open the live instance (signed in and in scope). */
  canOpenInstance: Type.Boolean(),
});
export type SharedLogView = Static<typeof SharedLogView>;
