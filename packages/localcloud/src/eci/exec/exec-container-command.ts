import { randomBytes } from 'node:crypto';
import type { Operation } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { execErrors } from './exec-errors.ts';
import { parseExecRequest } from './exec-request.ts';
import type { ExecService } from './exec-service.ts';
import { runToCompletion } from './sync-run.ts';

/**
 * The console page the real answer links to; there is no such page offline, so it is a placeholder on localcloud's
 * host (protocols.md §4.2), with a parameter of its own rather than anything of the socket token.
 */
const httpUrl = (service: ExecService): string => `http://${service.endpoint()}/exec/terminal?param=${randomBytes(8).toString('hex')}`;

/**
 * ExecContainerCommand (seed 004). Without Sync: a single-use WebSocketUri to a process started when the socket
 * opens. With Sync: the command runs now, with no stdin and no TTY, and its output is the answer.
 */
export const execContainerCommand = (world: World, service: ExecService): Operation => async ({ params }) => {
  const req = parseExecRequest(world.containerGroups, params);
  if (!req.sync) {
    const token = service.tokens.issue(req);
    return { WebSocketUri: service.webSocketUri(token), HttpUrl: httpUrl(service) };
  }
  const outcome = await runToCompletion(await service.start(req));
  if (outcome.timedOut) throw execErrors.incorrectStatus('The command did not finish in time; use a WebSocket session for long commands.');
  return { SyncResponse: outcome.output };
};
