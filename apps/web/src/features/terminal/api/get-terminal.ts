import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

/** One terminal the caller owns: how a page opened elsewhere (a container shell) joins this tab's list. */
export function getTerminal(terminalId: string) {
  return apiRequest(routes.terminal, { params: { terminalId } });
}
