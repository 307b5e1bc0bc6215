import { Type, type Static } from 'typebox';
import { RegionId } from './auth.ts';

/**
 * A terminal is a shell (or a command) the BFF relays between the browser and the cloud: Session Manager
 * on an ECS instance, or exec in an ECI container. Creating one only reserves it; the BFF starts the
 * cloud session when the browser's socket connects (signed URLs are short-lived and never leave the BFF).
 */
export const TerminalKind = Type.Union([Type.Literal('instance'), Type.Literal('container')]);
export type TerminalKind = Static<typeof TerminalKind>;

export const OpenInstanceTerminalBody = Type.Object({
  /** Linux user to log in as; the agent's default (root, or ecs-assist-user) when omitted. */
  username: Type.Optional(Type.String({ minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9._-]+$' })),
  /** Runs instead of a login shell (StartTerminalSession CommandLine, at most 512 characters). */
  commandLine: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  cols: Type.Optional(Type.Integer({ minimum: 10, maximum: 1000 })),
  rows: Type.Optional(Type.Integer({ minimum: 2, maximum: 500 })),
});
export type OpenInstanceTerminalBody = Static<typeof OpenInstanceTerminalBody>;

export const ContainerShell = Type.Union([Type.Literal('/bin/bash'), Type.Literal('/bin/sh')]);

export const OpenContainerTerminalBody = Type.Object({
  containerName: Type.String({ minLength: 1, maxLength: 253 }),
  shell: Type.Optional(ContainerShell),
  cols: Type.Optional(Type.Integer({ minimum: 10, maximum: 1000 })),
  rows: Type.Optional(Type.Integer({ minimum: 2, maximum: 500 })),
});
export type OpenContainerTerminalBody = Static<typeof OpenContainerTerminalBody>;

export const TerminalState = Type.Union([
  Type.Literal('reserved'),
  Type.Literal('connecting'),
  Type.Literal('connected'),
  Type.Literal('reconnecting'),
  Type.Literal('ended'),
]);
export type TerminalState = Static<typeof TerminalState>;

export const TerminalSummary = Type.Object({
  id: Type.String(),
  kind: TerminalKind,
  regionId: Type.String(),
  /** Instance id, or container group id. */
  targetId: Type.String(),
  targetName: Type.String(),
  containerName: Type.Union([Type.String(), Type.Null()]),
  username: Type.Union([Type.String(), Type.Null()]),
  commandLine: Type.Union([Type.String(), Type.Null()]),
  state: TerminalState,
  /** Why it ended, in words, from the cloud's status message or the relay. */
  endReason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  /** The WebSocket path to connect to (same origin); resume with `?resumeFrom=<bytes received>`. */
  socketPath: Type.String(),
  recordingId: Type.Union([Type.String(), Type.Null()]),
});
export type TerminalSummary = Static<typeof TerminalSummary>;

export const TerminalParams = Type.Object({ terminalId: Type.String({ minLength: 1, maxLength: 64 }) });
export type TerminalParams = Static<typeof TerminalParams>;

export const TerminalSocketQuery = Type.Object({
  /** Output bytes the browser already has: the BFF replays what follows, or ends with "resume impossible". */
  resumeFrom: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type TerminalSocketQuery = Static<typeof TerminalSocketQuery>;

export const ContainerGroupParams = Type.Object({ region: RegionId, id: Type.String({ minLength: 1, maxLength: 64 }) });
export type ContainerGroupParams = Static<typeof ContainerGroupParams>;

/** One-shot command in a container (ExecContainerCommand with Sync): the output comes back in the answer. */
export const ContainerExecBody = Type.Object({
  containerName: Type.String({ minLength: 1, maxLength: 253 }),
  command: Type.Array(Type.String({ maxLength: 4096 }), { minItems: 1, maxItems: 20 }),
});
export type ContainerExecBody = Static<typeof ContainerExecBody>;

export const ContainerExecResult = Type.Object({
  /** Hostile text from the container: render it, never execute it. */
  output: Type.String(),
  cloudRequestId: Type.String(),
});
export type ContainerExecResult = Static<typeof ContainerExecResult>;
