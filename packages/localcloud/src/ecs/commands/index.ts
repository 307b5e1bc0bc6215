import type { Operation } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { createCommand } from './create-command.ts';
import { deleteCommand } from './delete-command.ts';
import { describeCommands } from './describe-commands.ts';
import { describeInvocationResults } from './describe-invocation-results.ts';
import { describeInvocations } from './describe-invocations.ts';
import { invokeCommand } from './invoke-command.ts';
import { modifyCommand } from './modify-command.ts';
import { runCommand } from './run-command.ts';
import { stopInvocation } from './stop-invocation.ts';

/** The Cloud Assistant command and invocation operations of ECS. */
export const commandOperations = (world: World): Record<string, Operation> => ({
  CreateCommand: createCommand(world),
  DescribeCommands: describeCommands(world),
  ModifyCommand: modifyCommand(world),
  DeleteCommand: deleteCommand(world),
  InvokeCommand: invokeCommand(world),
  RunCommand: runCommand(world),
  DescribeInvocations: describeInvocations(world),
  DescribeInvocationResults: describeInvocationResults(world),
  StopInvocation: stopInvocation(world),
});
