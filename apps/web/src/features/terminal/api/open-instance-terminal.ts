import { useMutation } from '@tanstack/react-query';
import { routes, type OpenInstanceTerminalBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { addOpenTerminal } from '../hooks/open-terminals-store.ts';
import { terminalKeys } from './terminal-keys.ts';

export function openInstanceTerminal(region: string, id: string, body: OpenInstanceTerminalBody) {
  return apiRequest(routes.openInstanceTerminal, { params: { region, id }, body });
}

/** Reserves a shell on the instance and adds it to this tab's open terminals. */
export function useOpenInstanceTerminal(region: string, id: string) {
  return useMutation({
    mutationKey: terminalKeys.openInstance(region, id),
    mutationFn: (body: OpenInstanceTerminalBody) => openInstanceTerminal(region, id, body),
    onSuccess: (terminal) => addOpenTerminal(terminal),
  });
}
