import { queryOptions, useMutationState, useQuery } from '@tanstack/react-query';
import { routes, type PowerActionBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { instancePollInterval, type AcceptedAction } from '../instance-status.ts';
import { instanceKeys } from './instance-keys.ts';

export function getInstance(region: string, id: string, signal?: AbortSignal) {
  return apiRequest(routes.instance, { params: { region, id }, ...(signal ? { signal } : {}) });
}

export function getInstanceQueryOptions(region: string, id: string) {
  return queryOptions({
    queryKey: instanceKeys.detail(region, id),
    queryFn: ({ signal }) => getInstance(region, id, signal),
  });
}

/** The instance, re-read while it changes state or right after a power action was accepted. */
export function useInstance(region: string, id: string) {
  const accepted = useLastAcceptedAction(region, id);
  return useQuery({
    ...getInstanceQueryOptions(region, id),
    refetchInterval: (query) => instancePollInterval(query.state.data?.status, accepted, Date.now()),
  });
}

function useLastAcceptedAction(region: string, id: string): AcceptedAction | undefined {
  const accepted = useMutationState({
    filters: { mutationKey: instanceKeys.powerAction(region, id), status: 'success' },
    select: (mutation) => ({
      action: (mutation.state.variables as PowerActionBody).action,
      acceptedAt: mutation.state.submittedAt,
    }),
  });
  return accepted.at(-1);
}
