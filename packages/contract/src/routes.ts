import { Type, type TSchema } from 'typebox';
import { ErrorEnvelope } from './errors.ts';
import { Meta } from './meta.ts';
import { RegionList, RegionParams, RegionQuery } from './regions.ts';
import {
  InstanceDetail,
  InstanceList,
  InstanceListQuery,
  InstanceParams,
  PowerActionBody,
  PowerActionResult,
} from './instances.ts';
import { ConsoleOutput, ConsoleOutputQuery } from './console-output.ts';
import { ContainerGroupList, ContainerGroupListQuery } from './container-groups.ts';
import { ChangePasswordBody, SessionInfo, SignInBody, SignInMethods, type Access } from './auth.ts';
import { CreateUserBody, ResetPasswordBody, UpdateUserBody, UserList, UserParams, UserSummary } from './users.ts';
import { CreatedShare, CreateShareBody, ShareList, ShareListQuery, ShareParams, SharedLogView, ShareTokenParams } from './shares.ts';
import { InstanceScreenshot } from './screenshots.ts';
import { CommandList, CommandListQuery, CommandParams, CommandSummary, CreateCommandBody, UpdateCommandBody } from './commands.ts';
import {
  InvocationDetail,
  InvocationHistory,
  InvocationHistoryQuery,
  InvocationList,
  InvocationListQuery,
  InvocationParams,
  RerunBody,
  RunCommandBody,
  RunResult,
  StopInvocationBody,
} from './invocations.ts';
import { CreateRolloutBody, RolloutDetail, RolloutList, RolloutParams } from './rollouts.ts';
import { ResolvedTargets, ResolveTargetsBody, ResourceGroupList } from './targets.ts';
import {
  ContainerExecBody,
  ContainerExecResult,
  ContainerGroupParams,
  OpenContainerTerminalBody,
  OpenInstanceTerminalBody,
  TerminalParams,
  TerminalSocketQuery,
  TerminalSummary,
} from './terminals.ts';
import { RecordingCast, RecordingList, RecordingListQuery, RecordingParams, RecordingSummary, ShareRecordingBody } from './recordings.ts';
import { AuditExport, AuditFilterQuery, AuditLiveMessage, AuditPage, AuditPageQuery } from './audit.ts';

/**
 * One descriptor per browser<->BFF endpoint. The BFF registers its routes from these (validation and
 * serialisation), the web app builds URLs and reads typed responses from the same objects.
 */
export interface RouteDescriptor {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  response: TSchema;
  successStatus: 200 | 201 | 202 | 204;
  /** Who may call it. The BFF refuses to register a route without one, so none can skip the check. */
  access: Access;
}

/** A WebSocket endpoint: upgraded with GET; the session and Origin are checked before accepting. */
export interface SocketDescriptor {
  url: string;
  params?: TSchema;
  querystring?: TSchema;
  /** The messages the server sends (JSON text frames). */
  serverMessage: TSchema;
  access: Access;
}

function route<const R extends RouteDescriptor>(descriptor: R): R {
  return descriptor;
}

function socket<const S extends SocketDescriptor>(descriptor: S): S {
  return descriptor;
}

const NoContent = Type.Null({ description: '204: no body' });

export const routes = {
  meta: route({ method: 'GET', url: '/api/meta', response: Meta, successStatus: 200, access: 'public' }),
  regions: route({
    method: 'GET',
    url: '/api/regions',
    querystring: RegionQuery,
    response: RegionList,
    successStatus: 200,
    access: 'viewer',
  }),
  instances: route({
    method: 'GET',
    url: '/api/regions/:region/instances',
    params: RegionParams,
    querystring: InstanceListQuery,
    response: InstanceList,
    successStatus: 200,
    access: 'viewer',
  }),
  instance: route({
    method: 'GET',
    url: '/api/regions/:region/instances/:id',
    params: InstanceParams,
    response: InstanceDetail,
    successStatus: 200,
    access: 'viewer',
  }),
  powerAction: route({
    method: 'POST',
    url: '/api/regions/:region/instances/:id/actions',
    params: InstanceParams,
    body: PowerActionBody,
    response: PowerActionResult,
    successStatus: 202,
    access: 'operator',
  }),
  consoleOutput: route({
    method: 'GET',
    url: '/api/regions/:region/instances/:id/console-output',
    params: InstanceParams,
    querystring: ConsoleOutputQuery,
    response: ConsoleOutput,
    successStatus: 200,
    access: 'viewer',
  }),
  containerGroups: route({
    method: 'GET',
    url: '/api/regions/:region/container-groups',
    params: RegionParams,
    querystring: ContainerGroupListQuery,
    response: ContainerGroupList,
    successStatus: 200,
    access: 'viewer',
  }),
  signInMethods: route({ method: 'GET', url: '/api/auth/methods', response: SignInMethods, successStatus: 200, access: 'public' }),
  /** The signed-in user and a CSRF token; 401 when signed out. */
  session: route({ method: 'GET', url: '/api/session', response: SessionInfo, successStatus: 200, access: 'viewer' }),
  signIn: route({ method: 'POST', url: '/api/session', body: SignInBody, response: SessionInfo, successStatus: 200, access: 'public' }),
  signOut: route({ method: 'DELETE', url: '/api/session', response: NoContent, successStatus: 204, access: 'viewer' }),
  /** Ends the user's other sessions too. */
  changePassword: route({ method: 'POST', url: '/api/account/password', body: ChangePasswordBody, response: NoContent, successStatus: 204, access: 'viewer' }),
  users: route({ method: 'GET', url: '/api/users', response: UserList, successStatus: 200, access: 'admin' }),
  createUser: route({ method: 'POST', url: '/api/users', body: CreateUserBody, response: UserSummary, successStatus: 201, access: 'admin' }),
  /** Role, scope or disabled; a role or scope change or disabling ends the user's sessions. */
  updateUser: route({ method: 'PATCH', url: '/api/users/:id', params: UserParams, body: UpdateUserBody, response: UserSummary, successStatus: 200, access: 'admin' }),
  resetPassword: route({ method: 'POST', url: '/api/users/:id/password', params: UserParams, body: ResetPasswordBody, response: NoContent, successStatus: 204, access: 'admin' }),
  audit: route({ method: 'GET', url: '/api/audit', querystring: AuditPageQuery, response: AuditPage, successStatus: 200, access: 'admin' }),
  auditExport: route({ method: 'GET', url: '/api/audit/export', querystring: AuditFilterQuery, response: AuditExport, successStatus: 200, access: 'admin' }),
  screenshot: route({ method: 'GET', url: '/api/regions/:region/instances/:id/screenshot', params: InstanceParams, response: InstanceScreenshot, successStatus: 200, access: 'viewer' }),
  createShare: route({ method: 'POST', url: '/api/shares', body: CreateShareBody, response: CreatedShare, successStatus: 201, access: 'viewer' }),
  /** The caller's shares; admins may ask for all. */
  shares: route({ method: 'GET', url: '/api/shares', querystring: ShareListQuery, response: ShareList, successStatus: 200, access: 'viewer' }),
  /** The sharer or an admin. */
  revokeShare: route({ method: 'DELETE', url: '/api/shares/:id', params: ShareParams, response: NoContent, successStatus: 204, access: 'viewer' }),
  /** Public route: the link's own visibility decides (signed-in links answer 401 to anonymous visitors). */
  sharedView: route({ method: 'GET', url: '/api/shared/:token', params: ShareTokenParams, response: SharedLogView, successStatus: 200, access: 'public' }),
  /** Cloud Assistant: the command library (custom commands, or the cloud's common ones). */
  commands: route({ method: 'GET', url: '/api/regions/:region/commands', params: RegionParams, querystring: CommandListQuery, response: CommandList, successStatus: 200, access: 'viewer' }),
  createCommand: route({ method: 'POST', url: '/api/regions/:region/commands', params: RegionParams, body: CreateCommandBody, response: CommandSummary, successStatus: 201, access: 'operator' }),
  updateCommand: route({ method: 'PATCH', url: '/api/regions/:region/commands/:commandId', params: CommandParams, body: UpdateCommandBody, response: CommandSummary, successStatus: 200, access: 'operator' }),
  deleteCommand: route({ method: 'DELETE', url: '/api/regions/:region/commands/:commandId', params: CommandParams, response: NoContent, successStatus: 204, access: 'operator' }),
  /** Which instances a selection means, with their agent state, before anything runs (POST: the selection can be long). */
  resolveTargets: route({ method: 'POST', url: '/api/regions/:region/command-targets', params: RegionParams, body: ResolveTargetsBody, response: ResolvedTargets, successStatus: 200, access: 'operator' }),
  resourceGroups: route({ method: 'GET', url: '/api/regions/:region/resource-groups', params: RegionParams, response: ResourceGroupList, successStatus: 200, access: 'viewer' }),
  /** Runs now, on a schedule or as a dry run; the body's clientToken makes a retry return the same invocation. */
  runCommand: route({ method: 'POST', url: '/api/regions/:region/invocations', params: RegionParams, body: RunCommandBody, response: RunResult, successStatus: 201, access: 'operator' }),
  invocations: route({ method: 'GET', url: '/api/regions/:region/invocations', params: RegionParams, querystring: InvocationListQuery, response: InvocationList, successStatus: 200, access: 'viewer' }),
  invocation: route({ method: 'GET', url: '/api/regions/:region/invocations/:invokeId', params: InvocationParams, response: InvocationDetail, successStatus: 200, access: 'viewer' }),
  invocationHistory: route({ method: 'GET', url: '/api/regions/:region/invocations/:invokeId/history', params: InvocationParams, querystring: InvocationHistoryQuery, response: InvocationHistory, successStatus: 200, access: 'viewer' }),
  stopInvocation: route({ method: 'POST', url: '/api/regions/:region/invocations/:invokeId/stop', params: InvocationParams, body: StopInvocationBody, response: NoContent, successStatus: 204, access: 'operator' }),
  rerunInvocation: route({ method: 'POST', url: '/api/regions/:region/invocations/:invokeId/rerun', params: InvocationParams, body: RerunBody, response: RunResult, successStatus: 201, access: 'operator' }),
  createRollout: route({ method: 'POST', url: '/api/regions/:region/rollouts', params: RegionParams, body: CreateRolloutBody, response: RolloutDetail, successStatus: 201, access: 'operator' }),
  rollouts: route({ method: 'GET', url: '/api/regions/:region/rollouts', params: RegionParams, response: RolloutList, successStatus: 200, access: 'viewer' }),
  rollout: route({ method: 'GET', url: '/api/regions/:region/rollouts/:rolloutId', params: RolloutParams, response: RolloutDetail, successStatus: 200, access: 'viewer' }),
  /** Resumes a rollout paused after its first batch. */
  continueRollout: route({ method: 'POST', url: '/api/regions/:region/rollouts/:rolloutId/continue', params: RolloutParams, response: RolloutDetail, successStatus: 200, access: 'operator' }),
  /** Starts no further batch and stops the running one. */
  cancelRollout: route({ method: 'POST', url: '/api/regions/:region/rollouts/:rolloutId/cancel', params: RolloutParams, response: RolloutDetail, successStatus: 200, access: 'operator' }),
  /** Reserves a shell on an instance; the cloud session starts when the socket connects. */
  openInstanceTerminal: route({ method: 'POST', url: '/api/regions/:region/instances/:id/terminals', params: InstanceParams, body: OpenInstanceTerminalBody, response: TerminalSummary, successStatus: 201, access: 'operator' }),
  openContainerTerminal: route({ method: 'POST', url: '/api/regions/:region/container-groups/:id/terminals', params: ContainerGroupParams, body: OpenContainerTerminalBody, response: TerminalSummary, successStatus: 201, access: 'operator' }),
  containerExec: route({ method: 'POST', url: '/api/regions/:region/container-groups/:id/exec', params: ContainerGroupParams, body: ContainerExecBody, response: ContainerExecResult, successStatus: 200, access: 'operator' }),
  /** The owner's own terminal (admins: any). */
  terminal: route({ method: 'GET', url: '/api/terminals/:terminalId', params: TerminalParams, response: TerminalSummary, successStatus: 200, access: 'operator' }),
  endTerminal: route({ method: 'DELETE', url: '/api/terminals/:terminalId', params: TerminalParams, response: NoContent, successStatus: 204, access: 'operator' }),
  /** The caller's recordings; admins may ask for all. */
  recordings: route({ method: 'GET', url: '/api/recordings', querystring: RecordingListQuery, response: RecordingList, successStatus: 200, access: 'viewer' }),
  recording: route({ method: 'GET', url: '/api/recordings/:recordingId', params: RecordingParams, response: RecordingSummary, successStatus: 200, access: 'viewer' }),
  recordingCast: route({ method: 'GET', url: '/api/recordings/:recordingId/cast', params: RecordingParams, response: RecordingCast, successStatus: 200, access: 'viewer' }),
  /** Shares the recording's output as a log view (redacted like console output). */
  shareRecording: route({ method: 'POST', url: '/api/recordings/:recordingId/share', params: RecordingParams, body: ShareRecordingBody, response: CreatedShare, successStatus: 201, access: 'viewer' }),
} as const;

export const socketRoutes = {
  auditLive: socket({ url: '/api/audit/live', serverMessage: AuditLiveMessage, access: 'admin' }),
  /** Binary frames of the @porthole/wire terminal protocol, both ways. */
  terminal: socket({
    url: '/api/terminals/:terminalId/socket',
    params: TerminalParams,
    querystring: TerminalSocketQuery,
    serverMessage: Type.Unknown({ description: 'binary: @porthole/wire terminal protocol frames' }),
    access: 'operator',
  }),
} as const;

export type RouteName = keyof typeof routes;

/** Fills `:name` segments; every value is URL-encoded. */
export function routePath(descriptor: Pick<RouteDescriptor, 'url'>, params: Record<string, string> = {}): string {
  return descriptor.url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`routePath: missing parameter "${name}" for ${descriptor.url}`);
    return encodeURIComponent(value);
  });
}

export const errorResponses = {
  400: ErrorEnvelope,
  401: ErrorEnvelope,
  403: ErrorEnvelope,
  404: ErrorEnvelope,
  409: ErrorEnvelope,
  423: ErrorEnvelope,
  413: ErrorEnvelope,
  429: ErrorEnvelope,
  500: ErrorEnvelope,
  502: ErrorEnvelope,
  503: ErrorEnvelope,
  504: ErrorEnvelope,
} as const;

export const Health = Type.Object({ status: Type.Literal('ok') });
