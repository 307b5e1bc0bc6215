import { ApiError, invalidParameter } from '../../api-error.ts';

/**
 * ExecContainerCommand's errors. Seed 004 documents InvalidParameter.ValueExceeded and IncorrectStatus (both 400);
 * the not-found codes are not on the page and follow the ECS pattern (404, `<Resource>.NotFound`): our choice.
 */
export const execErrors = {
  valueExceeded: (detail: string) => new ApiError(400, 'InvalidParameter.ValueExceeded', detail),
  incorrectStatus: (detail: string) => new ApiError(400, 'IncorrectStatus', detail),
  groupNotFound: () => new ApiError(404, 'InvalidContainerGroup.NotFound', 'The specified ContainerGroupId does not exist.'),
  containerNotFound: (name: string) =>
    new ApiError(404, 'InvalidContainerName.NotFound', `The container "${name}" does not exist in the container group.`),
  badCommand: (detail: string) => invalidParameter('Command', detail),
  syncConflict: (detail: string) => invalidParameter('Sync', detail),
} as const;
