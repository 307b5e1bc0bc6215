/** The regions the simulated account can see, with the names DescribeRegions localises. */
export interface Region {
  readonly regionId: string;
  readonly names: { readonly 'zh-CN': string; readonly 'en-US': string };
  readonly status: 'available' | 'soldOut';
  readonly zones: readonly string[];
  /** The prefix real resource ids carry in this region (`i-bp1…` in Hangzhou). */
  readonly idPrefix: string;
}

export type RegionLanguage = keyof Region['names'];

export const REGIONS: readonly Region[] = [
  region('cn-hangzhou', '华东1（杭州）', 'China (Hangzhou)', 'bp1', ['h', 'i', 'j', 'k']),
  region('cn-shanghai', '华东2（上海）', 'China (Shanghai)', 'uf6', ['e', 'f', 'g', 'l']),
  region('cn-beijing', '华北2（北京）', 'China (Beijing)', '2ze', ['g', 'h', 'i', 'k']),
  region('cn-shenzhen', '华南1（深圳）', 'China (Shenzhen)', 'wz9', ['d', 'e', 'f']),
  region('cn-hongkong', '中国香港', 'China (Hong Kong)', 'j6c', ['b', 'c', 'd']),
  region('ap-southeast-1', '新加坡', 'Singapore', 't4n', ['a', 'b', 'c']),
  region('ap-northeast-1', '日本（东京）', 'Japan (Tokyo)', '6we', ['a', 'b']),
  region('us-west-1', '美国（硅谷）', 'US (Silicon Valley)', 'rj9', ['a', 'b']),
  region('eu-central-1', '德国（法兰克福）', 'Germany (Frankfurt)', 'gw8', ['a', 'b'], 'soldOut'),
];

export const findRegion = (regionId: string): Region | undefined => REGIONS.find((r) => r.regionId === regionId);

export const regionEndpoint = (product: 'ecs' | 'eci', regionId: string): string => `${product}.${regionId}.aliyuncs.com`;

function region(
  regionId: string,
  zh: string,
  en: string,
  idPrefix: string,
  zoneLetters: readonly string[],
  status: Region['status'] = 'available',
): Region {
  return {
    regionId,
    names: { 'zh-CN': zh, 'en-US': en },
    status,
    zones: zoneLetters.map((letter) => `${regionId}-${letter}`),
    idPrefix,
  };
}
