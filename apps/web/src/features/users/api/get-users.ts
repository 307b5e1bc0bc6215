import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { userKeys } from './user-keys.ts';

export function getUsers(signal?: AbortSignal) {
  return apiRequest(routes.users, signal ? { signal } : {});
}

export function getUsersQueryOptions() {
  return queryOptions({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => getUsers(signal),
  });
}

export function useUsers() {
  return useQuery(getUsersQueryOptions());
}
