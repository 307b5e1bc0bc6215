import { ApiError } from '../../api-error.ts';

const e = (status: number, code: string, message: string) => (): ApiError => new ApiError(status, code, message);

/** StartTerminalSession's error table (seed 003), plus the few codes End/Describe need. */
export const sessionErrors = {
  regionNotFound: e(404, 'InvalidRegionId.NotFound', 'The RegionId provided does not exist in our records.'),
  instanceNotFound: e(404, 'InvalidInstance.NotFound', 'The specified instances not found.'),
  portNumberInvalid: e(400, 'PortNumber.Invalid', 'The port number is invalid.'),
  instanceIdsExceedLimit: e(403, 'InstanceIds.ExceedLimit', 'The number of instance IDs exceeds the upper limit.'),
  sessionCountExceedLimit: e(403, 'SessionCount.ExceedLimit', 'The number of sessions exceeds the upper limit.'),
  operationForbidden: e(403, 'Operation.Forbidden', 'The operation is not permitted.'),
  commandLineConflict: e(
    403,
    'InvalidCommandLine.Conflict',
    'The parameter PortNumber or TargetServer cannot be specified with parameter CommandLine.',
  ),
  targetServerMissingPort: e(403, 'InvalidTargetServer.MissingPortNumber', 'The parameter PortNumber must be specified with parameter TargetServer.'),
  commandLineTooLong: e(
    403,
    'InvalidCommandLine.LengthLimitExceeded',
    'The length of the parameter CommandLine exceeded the limit of 512 characters.',
  ),
  instanceCountWithCommand: e(
    403,
    'InvalidInstanceIds.CountLimitExceeded',
    'The count of Instances exceeded the maximum limit of 1 when TargetServer or CommandLine parameter was specified.',
  ),
  usernameTooLong: e(403, 'Username.ExceedLimit', 'The length of the username exceeds the upper limit.'),
  targetServerTooLong: e(
    403,
    'InvalidTargetServer.LengthLimitExceeded',
    'The length of the parameter TargetServer exceeded the limit of 128 characters.',
  ),
  /** Not in seed 003 (End/Describe have no table there); the ECS naming pattern for an unknown id. [UNK] */
  sessionNotFound: e(404, 'InvalidSessionId.NotFound', 'The specified SessionId does not exist.'),
} as const;
