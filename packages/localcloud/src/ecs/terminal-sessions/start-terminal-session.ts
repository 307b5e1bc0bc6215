import { versionAtLeast } from '../../cloud-assistant/agent-features.ts';
import { clientTokenOf } from '../../cloud-assistant/idempotency.ts';
import type { Operation, RpcParams } from '../../operation.ts';
import { SESSION_SOCKET_PATH } from '../../session-manager/index.ts';
import type { World } from '../../world/index.ts';
import type { EcsInstance } from '../../world/model.ts';
import { findRegion } from '../../world/regions.ts';
import { findInstance } from '../instance-lookup.ts';
import { intParam, optional, repeatedParam, required } from '../params.ts';
import { sessionErrors } from './errors.ts';

const MAX_INSTANCES = 100;
const MAX_COMMAND_LINE = 512;
const MAX_TARGET_SERVER = 128;
/** Not documented; Linux's own limit on account names (useradd), which the agent's `su` would hit. */
const MAX_USERNAME = 32;
/** Session Manager needs these agent versions (seed 003). */
const AGENT_MIN = { linux: [2, 2, 3, 256], windows: [2, 1, 3, 256] } as const;

interface StartRequest {
  readonly regionId: string;
  readonly instanceIds: string[];
  readonly commandLine?: string;
  readonly portNumber?: number;
  readonly targetServer?: string;
  readonly username: string;
}

/** The checks in the order seed 003 lists its parameters; every failure is a code from its error table. */
function readRequest(world: World, params: RpcParams): StartRequest {
  const regionId = required(params, 'RegionId');
  if (!findRegion(regionId)) throw sessionErrors.regionNotFound();
  const instanceIds = repeatedParam(params, 'InstanceId').filter((id) => id !== '');
  if (instanceIds.length === 0) throw sessionErrors.instanceNotFound();
  if (instanceIds.length > MAX_INSTANCES) throw sessionErrors.instanceIdsExceedLimit();
  const commandLine = params.CommandLine === undefined || params.CommandLine === '' ? undefined : params.CommandLine;
  const portNumber = intParam(params, 'PortNumber');
  const targetServer = optional(params, 'TargetServer');
  const username = optional(params, 'Username') ?? '';
  if (portNumber !== undefined && (portNumber < 1 || portNumber > 65535)) throw sessionErrors.portNumberInvalid();
  if (commandLine !== undefined && (portNumber !== undefined || targetServer !== undefined)) throw sessionErrors.commandLineConflict();
  if (commandLine !== undefined && [...commandLine].length > MAX_COMMAND_LINE) throw sessionErrors.commandLineTooLong();
  if (targetServer !== undefined && portNumber === undefined) throw sessionErrors.targetServerMissingPort();
  if (targetServer !== undefined && targetServer.length > MAX_TARGET_SERVER) throw sessionErrors.targetServerTooLong();
  if ((commandLine !== undefined || targetServer !== undefined) && instanceIds.length > 1) throw sessionErrors.instanceCountWithCommand();
  if (username.length > MAX_USERNAME) throw sessionErrors.usernameTooLong();
  return {
    regionId,
    instanceIds,
    username,
    ...(commandLine === undefined ? {} : { commandLine }),
    ...(portNumber === undefined ? {} : { portNumber }),
    ...(targetServer === undefined ? {} : { targetServer }),
  };
}

/**
 * Running, with an agent new enough for Session Manager. Seed 003 has no dedicated code for either; the
 * table's generic refusal is Operation.Forbidden.
 */
function checkReachable(instance: EcsInstance): void {
  const version = instance.spec.cloudAssistantVersion;
  if (instance.power.status !== 'Running' || version === undefined) throw sessionErrors.operationForbidden();
  if (!versionAtLeast(version, AGENT_MIN[instance.spec.image.osType])) throw sessionErrors.operationForbidden();
}

/** StartTerminalSession: a session and its 10-minute WebSocketUrl; ClientToken makes retries idempotent. */
export const startTerminalSession =
  (world: World): Operation =>
  ({ params }) => {
    const token = clientTokenOf(params);
    const replayed = world.cloudAssistant.idempotency.replay('StartTerminalSession', token, params);
    if (replayed) return { ...replayed };
    const request = readRequest(world, params);
    const instances = request.instanceIds.map((id) => findInstance(world, request.regionId, id));
    if (instances.some((i) => i === undefined)) throw sessionErrors.instanceNotFound();
    for (const instance of instances) checkReachable(instance as EcsInstance);
    const limits = world.sessions.settings;
    if (world.sessions.usableInRegion(request.regionId) >= limits.maxSessionsPerRegion) throw sessionErrors.sessionCountExceedLimit();
    if (request.instanceIds.some((id) => world.sessions.connectedTo(id) >= limits.maxConnectedPerInstance)) {
      throw sessionErrors.sessionCountExceedLimit();
    }
    const session = world.sessions.create(request);
    const query = new URLSearchParams({ sessionId: session.sessionId, token: session.token });
    const result = {
      SessionId: session.sessionId,
      SecurityToken: session.token,
      WebSocketUrl: `ws://${world.sessions.endpoint()}${SESSION_SOCKET_PATH}?${query.toString()}`,
    };
    world.cloudAssistant.idempotency.remember('StartTerminalSession', token, params, result);
    return result;
  };
