import type { CloudCommand } from '@porthole/cloud';
import { CommandType, type CommandSummary } from '@porthole/contract';
import { isoUtc } from '../routes/api/instances/instance-mapping.ts';
import { knownValue } from './known-value.ts';

export function toCommandSummary(command: CloudCommand): CommandSummary {
  return {
    id: command.commandId,
    name: command.name,
    description: command.description,
    type: knownValue(CommandType, command.type, 'RunShellScript'),
    content: command.content,
    workingDir: command.workingDir,
    timeoutSeconds: command.timeoutSeconds,
    enableParameter: command.enableParameter,
    parameterNames: [...command.parameterNames],
    parameterDefinitions: command.parameterDefinitions.map((definition) => ({
      name: definition.name,
      description: definition.description,
      defaultValue: definition.defaultValue ?? null,
      required: definition.required,
      possibleValues: [...definition.possibleValues],
    })),
    launcher: command.launcher,
    provider: command.provider ?? null,
    category: command.category,
    version: command.version,
    invokeTimes: command.invokeTimes,
    createdAt: isoUtc(command.creationTime),
  };
}
