import { Type, type Static } from 'typebox';
import { RegionId } from './auth.ts';

/** Cloud Assistant script types. RunPythonScript runs with python3; the two Windows types need a Windows instance. */
export const CommandType = Type.Union([
  Type.Literal('RunShellScript'),
  Type.Literal('RunPythonScript'),
  Type.Literal('RunPowerShellScript'),
  Type.Literal('RunBatScript'),
]);
export type CommandType = Static<typeof CommandType>;

/** A UUID the browser makes once per user intent (one form submission), sent as the cloud's ClientToken. */
export const ClientToken = Type.String({ pattern: '^[\\x21-\\x7e]{1,64}$', description: 'ASCII, at most 64 characters' });

export const CommandParameterDefinition = Type.Object({
  name: Type.String(),
  description: Type.String(),
  defaultValue: Type.Union([Type.String(), Type.Null()]),
  required: Type.Boolean(),
  possibleValues: Type.Array(Type.String()),
});
export type CommandParameterDefinition = Static<typeof CommandParameterDefinition>;

export const CommandSummary = Type.Object({
  id: Type.String({ description: 'c-…' }),
  name: Type.String(),
  description: Type.String(),
  type: CommandType,
  /** Plain text: the BFF decodes the cloud's Base64. */
  content: Type.String(),
  workingDir: Type.String(),
  timeoutSeconds: Type.Integer(),
  enableParameter: Type.Boolean(),
  /** `{{name}}` placeholders found in the content, as the cloud reports them. */
  parameterNames: Type.Array(Type.String()),
  parameterDefinitions: Type.Array(CommandParameterDefinition),
  launcher: Type.String(),
  /** null for the account's own commands; e.g. `AlibabaCloud` for the cloud's common commands. */
  provider: Type.Union([Type.String(), Type.Null()]),
  category: Type.String(),
  version: Type.Integer(),
  invokeTimes: Type.Integer(),
  createdAt: Type.String({ description: 'ISO 8601, UTC' }),
});
export type CommandSummary = Static<typeof CommandSummary>;

export const CommandListQuery = Type.Object({
  source: Type.Optional(Type.Union([Type.Literal('custom'), Type.Literal('common')], { default: 'custom' })),
  /** Matches anywhere in the name. */
  q: Type.Optional(Type.String({ maxLength: 128 })),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
export type CommandListQuery = Static<typeof CommandListQuery>;

export const CommandList = Type.Object({
  items: Type.Array(CommandSummary),
  totalCount: Type.Integer(),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type CommandList = Static<typeof CommandList>;

export const CommandName = Type.String({ minLength: 1, maxLength: 128 });
export const CommandContent = Type.String({ minLength: 1, maxLength: 32768, description: 'Plain text; the cloud limits it after Base64' });
export const WorkingDir = Type.String({ maxLength: 200 });
export const TimeoutSeconds = Type.Integer({ minimum: 10, maximum: 86400 });
export const Launcher = Type.String({ maxLength: 1024 });

export const CreateCommandBody = Type.Object({
  clientToken: ClientToken,
  name: CommandName,
  description: Type.Optional(Type.String({ maxLength: 512 })),
  type: CommandType,
  content: CommandContent,
  workingDir: Type.Optional(WorkingDir),
  timeoutSeconds: Type.Optional(TimeoutSeconds),
  enableParameter: Type.Optional(Type.Boolean()),
  launcher: Type.Optional(Launcher),
});
export type CreateCommandBody = Static<typeof CreateCommandBody>;

export const UpdateCommandBody = Type.Object({
  name: Type.Optional(CommandName),
  description: Type.Optional(Type.String({ maxLength: 512 })),
  content: Type.Optional(CommandContent),
  workingDir: Type.Optional(WorkingDir),
  timeoutSeconds: Type.Optional(TimeoutSeconds),
  launcher: Type.Optional(Launcher),
});
export type UpdateCommandBody = Static<typeof UpdateCommandBody>;

export const CommandParams = Type.Object({ region: RegionId, commandId: Type.String({ pattern: '^c-[A-Za-z0-9-]+$', maxLength: 128 }) });
export type CommandParams = Static<typeof CommandParams>;
