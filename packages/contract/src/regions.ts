import { Type, type Static } from 'typebox';

export const Region = Type.Object({
  id: Type.String({ examples: ['cn-hangzhou'] }),
  name: Type.String({ description: 'Localised name from DescribeRegions (LocalName)' }),
  status: Type.String({ description: 'available | soldOut' }),
});
export type Region = Static<typeof Region>;

export const RegionList = Type.Object({ items: Type.Array(Region) });
export type RegionList = Static<typeof RegionList>;

export const RegionParams = Type.Object({
  region: Type.String({ pattern: '^[a-z]{2}(-[a-z0-9]+)+$', maxLength: 64 }),
});
export type RegionParams = Static<typeof RegionParams>;

export const Language = Type.Union([Type.Literal('en-US'), Type.Literal('zh-CN')]);
export type Language = Static<typeof Language>;

export const RegionQuery = Type.Object({ lang: Type.Optional(Language) });
export type RegionQuery = Static<typeof RegionQuery>;
