import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, type PowerActionBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { instanceKeys } from './instance-keys.ts';

export function powerAction(region: string, id: string, body: PowerActionBody) {
  return apiRequest(routes.powerAction, { params: { region, id }, body });
}

export function usePowerAction(region: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: instanceKeys.powerAction(region, id),
    mutationFn: (body: PowerActionBody) => powerAction(region, id, body),
    // The lists show the status too; the detail query then keeps polling (see useInstance).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instanceKeys.region(region) }),
  });
}
