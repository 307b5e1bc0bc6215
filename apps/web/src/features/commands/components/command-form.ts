import type { CommandSummary, CommandType, CreateCommandBody, UpdateCommandBody } from '@porthole/contract';

export interface CommandFormValues {
  name: string;
  description?: string | undefined;
  type: CommandType;
  content: string;
  enableParameter: boolean;
  workingDir?: string | undefined;
  timeoutSeconds: number;
}

/** The cloud's default timeout for a command, in seconds. */
export const defaultTimeoutSeconds = 60;

export const newCommandValues: Partial<CommandFormValues> = {
  type: 'RunShellScript',
  content: '',
  enableParameter: false,
  timeoutSeconds: defaultTimeoutSeconds,
};

export function valuesOf(command: CommandSummary): CommandFormValues {
  return {
    name: command.name,
    description: command.description,
    type: command.type,
    content: command.content,
    enableParameter: command.enableParameter,
    workingDir: command.workingDir,
    timeoutSeconds: command.timeoutSeconds,
  };
}

// Empty optional fields are left out, so the cloud applies its own defaults.
const optional = (key: 'description' | 'workingDir', value: string | undefined) => (value?.trim() ? { [key]: value.trim() } : {});

export function toCreateBody(values: CommandFormValues, clientToken: string): CreateCommandBody {
  return {
    clientToken,
    name: values.name.trim(),
    type: values.type,
    content: values.content,
    enableParameter: values.enableParameter,
    timeoutSeconds: values.timeoutSeconds,
    ...optional('description', values.description),
    ...optional('workingDir', values.workingDir),
  };
}

/** The type and parameter switch cannot change after creation (ModifyCommand has no such fields). */
export function toUpdateBody(values: CommandFormValues): UpdateCommandBody {
  return {
    name: values.name.trim(),
    description: values.description?.trim() ?? '',
    content: values.content,
    workingDir: values.workingDir?.trim() ?? '',
    timeoutSeconds: values.timeoutSeconds,
  };
}
