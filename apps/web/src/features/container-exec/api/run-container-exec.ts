import { useMutation } from '@tanstack/react-query';
import { routes, type ContainerExecBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

export interface RunContainerExecInput {
  region: string;
  groupId: string;
  body: ContainerExecBody;
}

/** One command with ExecContainerCommand's Sync mode: the reply carries the whole output. */
export function runContainerExec({ region, groupId, body }: RunContainerExecInput) {
  return apiRequest(routes.containerExec, { params: { region, id: groupId }, body });
}

export function useRunContainerExec() {
  return useMutation({ mutationFn: runContainerExec });
}
