import { useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { runKeys } from './run-keys.ts';

export function useResourceGroups(region: string, enabled: boolean) {
  return useQuery({
    queryKey: runKeys.resourceGroups(region),
    queryFn: ({ signal }) => apiRequest(routes.resourceGroups, { params: { region }, signal }),
    enabled,
  });
}
