import type { ProductApi } from '../operation.ts';
import type { World } from '../world/index.ts';
import { describeCloudAssistantStatus } from './cloud-assistant-status.ts';
import { commandOperations } from './commands/index.ts';
import { getInstanceConsoleOutput } from './console-output.ts';
import { describeInstanceStatus } from './describe-instance-status.ts';
import { describeInstances } from './describe-instances.ts';
import { describeRegions } from './describe-regions.ts';
import { rebootInstance, startInstance, stopInstance } from './power-actions.ts';
import { getInstanceScreenshot } from './screenshot.ts';
import { terminalSessionOperations } from './terminal-sessions/index.ts';

export function ecsApi(world: World): ProductApi {
  return {
    product: 'Ecs',
    version: '2014-05-26',
    hostId: 'ecs.aliyuncs.com',
    operations: {
      DescribeRegions: describeRegions(world),
      DescribeInstances: describeInstances(world),
      DescribeInstanceStatus: describeInstanceStatus(world),
      StartInstance: startInstance(world),
      StopInstance: stopInstance(world),
      RebootInstance: rebootInstance(world),
      GetInstanceConsoleOutput: getInstanceConsoleOutput(world),
      DescribeCloudAssistantStatus: describeCloudAssistantStatus(world),
      GetInstanceScreenshot: getInstanceScreenshot(world),
      ...commandOperations(world),
      ...terminalSessionOperations(world),
    },
    // Both error tables list 429 for Throttling.
    throttlingStatus: { GetInstanceConsoleOutput: 429, GetInstanceScreenshot: 429 },
  };
}
