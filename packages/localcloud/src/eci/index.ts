import type { ProductApi } from '../operation.ts';
import type { World } from '../world/index.ts';
import { describeContainerGroups } from './describe-container-groups.ts';
import { execContainerCommand, type ExecService } from './exec/index.ts';

/** `exec` runs ExecContainerCommand; without it (operation tests with no server) the action is not offered. */
export function eciApi(world: World, exec?: ExecService): ProductApi {
  return {
    product: 'Eci',
    version: '2018-08-08',
    hostId: 'eci.aliyuncs.com',
    operations: {
      DescribeContainerGroups: describeContainerGroups(world),
      ...(exec ? { ExecContainerCommand: execContainerCommand(world, exec) } : {}),
    },
  };
}
