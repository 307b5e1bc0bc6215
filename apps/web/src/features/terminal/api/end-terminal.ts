import { useMutation } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { removeOpenTerminal } from '../hooks/open-terminals-store.ts';
import { terminalKeys } from './terminal-keys.ts';

export function endTerminal(terminalId: string) {
  return apiRequest(routes.endTerminal, { params: { terminalId } });
}

/**
 * Ends the shell in the cloud and closes its tab. The tab closes even when the BFF no longer knows the
 * terminal (it ended, or the BFF restarted): there is nothing left to keep it open for.
 */
export function useEndTerminal() {
  return useMutation({
    mutationKey: terminalKeys.end(),
    mutationFn: async (terminalId: string) => {
      try {
        await endTerminal(terminalId);
      } finally {
        removeOpenTerminal(terminalId);
      }
    },
  });
}
