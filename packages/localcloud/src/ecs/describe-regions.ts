import type { Operation } from '../operation.ts';
import type { World } from '../world/index.ts';
import { regionEndpoint, type RegionLanguage } from '../world/regions.ts';
import { optional } from './params.ts';

/** zh-CN is the default; the other documented languages get the English names except zh-TW. */
const language = (accept: string | undefined): RegionLanguage =>
  accept === undefined || accept.startsWith('zh') ? 'zh-CN' : 'en-US';

export const describeRegions = (world: World): Operation => ({ params }) => {
  const lang = language(optional(params, 'AcceptLanguage'));
  return {
    Regions: {
      Region: world.regions.map((r) => ({
        RegionId: r.regionId,
        LocalName: r.names[lang],
        RegionEndpoint: regionEndpoint('ecs', r.regionId),
        Status: r.status,
      })),
    },
  };
};
