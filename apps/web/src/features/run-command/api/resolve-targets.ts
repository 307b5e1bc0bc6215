import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { routes, type TargetSelection } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { runKeys } from './run-keys.ts';

/**
 * The machines a selection stands for, as the BFF resolves them within the user's scope, with each
 * one's Cloud Assistant agent state. A read, though it is a POST: the selection does not fit a URL.
 */
export function useResolvedTargets(region: string, target: TargetSelection | undefined) {
  return useQuery({
    queryKey: runKeys.targets(region, target ?? { kind: 'instances', instanceIds: [] }),
    queryFn: target ? ({ signal }) => apiRequest(routes.resolveTargets, { params: { region }, body: { target }, signal }) : skipToken,
    placeholderData: keepPreviousData,
  });
}
