import type { CloudInvocation } from '@porthole/cloud';
import { CommandType, type RunOptions } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { findCommand } from './command-lookup.ts';
import { knownValue } from './known-value.ts';

const given = (value: string): string | undefined => (value === '' ? undefined : value);

// The cloud does not say whether a run had parameters enabled. Custom parameters it recorded, or a
// built-in such as {{ACS::InstanceId}} in the content, mean it had; other `{{…}}` text may be a script's
// own (a template), which enabling parameters would turn into a missing value.
const BUILT_IN = /\{\{\s*ACS::/i;

/**
 * The command and options an invocation ran with, to run it again. A saved command that still exists
 * is invoked again; otherwise (inline content, which the cloud does not keep, or a deleted command) the
 * content the invocation recorded runs inline.
 */
export async function rerunOptions(app: FastifyInstance, regionId: string, invocation: CloudInvocation): Promise<RunOptions> {
  const saved = await findCommand(app, regionId, invocation.commandId);
  const parameters = invocation.parameters;
  const hasParameters = Object.keys(parameters).length > 0;
  const enableParameter = hasParameters || BUILT_IN.test(invocation.commandContent);
  return {
    command: saved
      ? { kind: 'saved', commandId: saved.commandId }
      : {
          kind: 'inline',
          type: knownValue(CommandType, invocation.commandType, 'RunShellScript'),
          content: invocation.commandContent,
          name: invocation.commandName,
          // The recorded content still holds its placeholders; the parameters fill them again.
          enableParameter,
        },
    ...(hasParameters ? { parameters: { ...parameters } } : {}),
    username: given(invocation.username),
    workingDir: given(invocation.workingDir),
    timeoutSeconds: invocation.timeoutSeconds,
    containerId: given(invocation.containerId),
    containerName: given(invocation.containerName),
    terminationMode: invocation.terminationMode === 'ProcessTree' ? 'ProcessTree' : invocation.terminationMode === 'Process' ? 'Process' : undefined,
    launcher: given(invocation.launcher),
  };
}
