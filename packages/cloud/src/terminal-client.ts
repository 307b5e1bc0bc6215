import * as $Eci from '@alicloud/eci20180808';
import * as $Ecs from '@alicloud/ecs20140526';
import type { CloudCalls } from './cloud-assistant-client.ts';
import type { CloudActionReceipt } from './cloud-shapes.ts';
import type { EciSdk, EcsSdk } from './sdk-clients.ts';
import { present, text } from './sdk-fields.ts';
import { SessionSecret } from './session-secret.ts';
import { toTerminalSessionInfo } from './terminal-mapping.ts';
import type {
  CloudExecSession,
  CloudTerminalSession,
  CloudTerminalSessionPage,
  DescribeTerminalSessionsQuery,
  ExecContainerCommandInput,
  StartTerminalSessionInput,
} from './terminal-shapes.ts';

/** Shells: Session Manager on ECS, exec in ECI. Every method rejects with a CloudError only. */
export interface TerminalCloudClient {
  /** Retried on a transient failure only when it carries a ClientToken. */
  startTerminalSession(input: StartTerminalSessionInput): Promise<CloudTerminalSession>;
  endTerminalSession(regionId: string, sessionId: string): Promise<CloudActionReceipt>;
  describeTerminalSessions(query: DescribeTerminalSessionsQuery): Promise<CloudTerminalSessionPage>;
  /** Never retried: it starts a process. */
  execContainerCommand(input: ExecContainerCommandInput): Promise<CloudExecSession>;
}

export function terminalClient(ecs: (regionId: string) => EcsSdk, eci: (regionId: string) => EciSdk, calls: CloudCalls): TerminalCloudClient {
  return {
    async startTerminalSession(input) {
      const request = new $Ecs.StartTerminalSessionRequest({
        regionId: input.regionId,
        instanceId: [input.instanceId],
        username: input.username,
        commandLine: input.commandLine,
        clientToken: input.clientToken,
        // EncryptionOptions changes the wire in ways nobody has documented: never requested.
      });
      const retryable = input.clientToken !== undefined && input.clientToken !== '';
      const body = await calls.mutate('StartTerminalSession', () => ecs(input.regionId).startTerminalSession(request), retryable);
      return {
        sessionId: text(body.sessionId),
        webSocketUrl: new SessionSecret(text(body.webSocketUrl)),
        securityToken: new SessionSecret(text(body.securityToken)),
        requestId: text(body.requestId),
      };
    },

    async endTerminalSession(regionId, sessionId) {
      const request = new $Ecs.EndTerminalSessionRequest({ regionId, sessionId });
      const body = await calls.mutate('EndTerminalSession', () => ecs(regionId).endTerminalSession(request), false);
      return { requestId: text(body.requestId) };
    },

    async describeTerminalSessions(query) {
      const request = new $Ecs.DescribeTerminalSessionsRequest({
        regionId: query.regionId,
        instanceId: query.instanceId,
        sessionId: query.sessionId,
        maxResults: query.maxResults,
        nextToken: query.nextToken,
      });
      const body = await calls.read('DescribeTerminalSessions', () => ecs(query.regionId).describeTerminalSessions(request));
      return {
        sessions: (body.sessions?.session ?? []).map(toTerminalSessionInfo),
        nextToken: present(body.nextToken),
        requestId: text(body.requestId),
      };
    },

    async execContainerCommand(input) {
      const request = new $Eci.ExecContainerCommandRequest({
        regionId: input.regionId,
        containerGroupId: input.containerGroupId,
        containerName: input.containerName,
        command: JSON.stringify(input.command),
        TTY: input.tty,
        stdin: input.stdin,
        sync: input.sync,
      });
      const body = await calls.mutate('ExecContainerCommand', () => eci(input.regionId).execContainerCommand(request), false);
      const uri = present(body.webSocketUri);
      return {
        webSocketUri: uri === undefined ? undefined : new SessionSecret(uri),
        syncResponse: body.syncResponse ?? undefined,
        requestId: text(body.requestId),
      };
    },
  };
}
