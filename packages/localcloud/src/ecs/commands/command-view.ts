import type { CommandRecord } from '../../cloud-assistant/model.ts';
import { customParameterNames } from '../../cloud-assistant/parameters.ts';
import { isoSeconds } from '../../world/time-format.ts';
import { encodeContent, type ContentEncoding } from './content.ts';
import { tagsView } from './tag-params.ts';

/** One `Commands.Command[]` entry of DescribeCommands. */
export function commandView(command: CommandRecord, encoding: ContentEncoding): Record<string, unknown> {
  return {
    CommandId: command.commandId,
    Name: command.name,
    Description: command.description,
    Type: command.type,
    CommandContent: encodeContent(command.content, encoding),
    WorkingDir: command.workingDir,
    Timeout: command.timeoutSeconds,
    CreationTime: isoSeconds(command.creationTime),
    EnableParameter: command.enableParameter,
    ParameterNames: { ParameterName: command.enableParameter ? customParameterNames(command.content) : [] },
    ParameterDefinitions: {
      ParameterDefinition: command.parameterDefinitions.map((d) => ({
        ParameterName: d.name,
        Description: d.description,
        DefaultValue: d.defaultValue ?? '',
        Required: d.required,
        PatternRegex: d.patternRegex,
        PossibleValues: { PossibleValue: [...d.possibleValues] },
      })),
    },
    InvokeTimes: command.invokeTimes,
    Latest: true,
    Version: command.version,
    Provider: command.provider ?? '',
    Category: command.category,
    Launcher: command.launcher,
    ResourceGroupId: command.resourceGroupId,
    Tags: tagsView(command.tags),
  };
}
