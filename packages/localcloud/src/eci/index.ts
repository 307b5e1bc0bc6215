import type { ProductApi } from '../operation.ts';
import type { World } from '../world/index.ts';
import { describeContainerGroups } from './describe-container-groups.ts';

export function eciApi(world: World): ProductApi {
  return {
    product: 'Eci',
    version: '2018-08-08',
    hostId: 'eci.aliyuncs.com',
    operations: {
      DescribeContainerGroups: describeContainerGroups(world),
    },
  };
}
