import { useMutation } from '@tanstack/react-query';
import { routes, type OpenContainerTerminalBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

export interface OpenContainerTerminalInput {
  region: string;
  groupId: string;
  body: OpenContainerTerminalBody;
}

/** Reserves a terminal; the BFF starts the exec session only when the terminal page's socket connects. */
export function openContainerTerminal({ region, groupId, body }: OpenContainerTerminalInput) {
  return apiRequest(routes.openContainerTerminal, { params: { region, id: groupId }, body });
}

export function useOpenContainerTerminal() {
  return useMutation({ mutationFn: openContainerTerminal });
}
