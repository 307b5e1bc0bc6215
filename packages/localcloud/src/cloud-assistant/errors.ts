import { ApiError } from '../api-error.ts';

/**
 * Cloud Assistant API-level errors (the request is refused, nothing is recorded). HTTP status, code and
 * message as in the InvokeCommand page (seed 001); the few codes it lacks come from the DeleteCommand,
 * StopInvocation and CreateCommand pages or alibaba-api.md §4.8.
 */
const e = (status: number, code: string, message: string) => (): ApiError => new ApiError(status, code, message);

export const caErrors = {
  regionNotFound: e(404, 'InvalidRegionId.NotFound', 'The RegionId provided does not exist in our records.'),
  instanceNotFound: e(404, 'InvalidInstance.NotFound', 'The specified instance does not exist.'),
  commandNotFound: e(404, 'InvalidCmdId.NotFound', 'The specified command ID does not exist.'),
  invokeNotFound: e(404, 'InvalidInvokeId.NotFound', 'The specified invoke ID does not exist.'),
  resourceGroupNotFound: e(404, 'InvalidResourceGroup.NotFound', 'The ResourceGroup provided does not exist in our records.'),
  repeatModeNotFound: e(404, 'InvalidRepeatMode.NotFound', 'The specified repeat mode does not exist.'),
  terminationModeNotFound: e(404, 'InvalidTerminationMode.NotFound', 'The specified parameter TerminationMode does not exist.'),
  commandTypeNotFound: e(403, 'InvalidCmdType.NotFound', 'The specified command type does not exist.'),

  missingInstanceId: e(400, 'MissingParam.InstanceId', 'The parameter instanceId is missing or empty.'),
  missingFrequency: e(400, 'MissingParam.Frequency', 'The frequency must be specified when you create a timed task.'),
  invalidFrequency: (reason: string) => new ApiError(400, 'InvalidParam.Frequency', `The specified frequency is invalid. ${reason}`),
  invalidWorkingDir: e(400, 'InvalidParameter.WorkingDir', 'The specified parameter WorkingDir is not valid.'),
  invalidContainerId: e(400, 'InvalidContainerId.Malformed', 'The specified parameter ContainerId is not valid.'),
  invalidContainerName: e(400, 'InvalidContainerName.Malformed', 'The specified parameter ContainerName is not valid.'),
  invalidClientToken: e(400, 'InvalidClientToken.Malformed', 'The specified parameter clientToken is not valid.'),
  instanceNotMatch: e(400, 'InvalidInstance.NotMatch', 'The specified instance type does not match the command.'),
  instanceNotRunning: e(400, 'InvalidInstanceStatus', 'The current status of the instance does not support this operation.'),
  clientNeedUpgrade: e(400, 'ClientNeedUpgrade', 'The Cloud Assistant Agent on the instance needs to be upgraded for this task.'),
  instanceNoClient: e(400, 'InvalidInstance.NoClient', 'The specified instances have no cloud assistant client installed.'),
  contentDecodeError: e(400, 'InvalidCommandContent.DecodeError', 'The specified parameter CommandContent can not be Base64 decoded.'),
  invalidOssOutputDelivery: e(400, 'InvalidParameter.OssOutputDelivery', 'The specified parameter OssOutputDelivery is not valid.'),
  dryRun: e(400, 'DryRunOperation', 'Request validation has been passed with DryRun flag set.'),

  parameterMissingValue: (name: string) =>
    new ApiError(400, 'Parameter.MissingValue', `The parameter value of this command is required. Missing: ${name}.`),
  parameterDisabled: e(400, 'Parameter.Disabled', 'Parameters cannot be passed in when the command customization function is disabled.'),
  invalidParameters: (why: string) => new ApiError(400, 'InvalidParameter.Parameters', `The specified parameter Parameters is not valid. ${why}`),
  parameterCountExceeded: e(403, 'ParameterCount.ExceedLimit', 'The maximum number of parameters is exceeded.'),
  parameterKeyTooLong: e(403, 'ParameterKey.ExceedLimit', 'The maximum length of a parameter name is exceeded.'),
  parameterKeyDuplicate: e(403, 'ParameterKey.Duplicate', 'Parameter names cannot be duplicated.'),
  parameterNotMatched: e(
    403,
    'Parameter.NotMatched',
    'The passed-in parameters do not match the parameters defined when you created the command.',
  ),
  parameterTypeNotSupported: e(403, 'ParameterType.NotSupported', 'The type of parameter value is not supported.'),

  instanceIdsExceeded: e(403, 'InstanceIds.ExceedLimit', 'The number of instance IDs exceeds the upper limit.'),
  invocationQuota: e(403, 'Invocation.ExceedQuota', 'The invocation quota in the current region has been reached for today.'),
  contentTooLong: e(403, 'CmdContent.ExceedLimit', 'The maximum length of a command is exceeded.'),
  nameTooLong: e(403, 'CmdName.ExceedLimit', 'The maximum length of a command name is exceeded.'),
  descriptionTooLong: e(403, 'CmdDesc.ExceedLimit', 'The maximum length of a command description is exceeded.'),
  commandQuota: e(403, 'CmdCount.ExceedQuota', 'The maximum number of commands is exceeded.'),
  usernameTooLong: e(403, 'Username.ExceedLimit', 'The length of the username exceeds the upper limit.'),
  windowsPasswordNameTooLong: e(403, 'WindowsPasswordName.ExceedLimit', 'The length of the WindowsPasswordName exceeds the upper limit.'),
  windowsPasswordNameMissed: e(403, 'WindowsPasswordName.Missed', 'WindowsPasswordName must be specified when you create a Windows task.'),
  launcherTooLong: e(403, 'InvalidLauncher.LengthLimitExceeded', 'The length of the parameter Launcher exceeds the limit of 1 KB characters.'),
  timeoutOutOfRange: e(403, 'InvalidTimeout.ExceedLimit', 'The specified parameter Timeout exceeds the upper limit.'),
  idempotentMismatch: e(403, 'IdempotentParameterMismatch', 'The specified parameter has changed while using an already used clientToken.'),
  forbidden: e(403, 'Operation.Forbidden', 'The operation is not permitted.'),
  commandInUse: e(403, 'InvalidStatus.CmdIdInUse', 'The specified commandId is in use by some runing Invocation.'),
} as const;

/** The tag errors of one tag parameter family (`ResourceTag` targets instances, `Tag` labels the resource). */
export const tagErrors = (family: 'ResourceTag' | 'Tag') => ({
  tooMany: e(400, `NumberExceed.${family}s`, `The maximum number of ${family}s is exceeded.`),
  missingKey: e(400, `MissingParameter.${family}Key`, `You must specify ${family}.N.Key.`),
  badKey: e(400, `Invalid${family}Key.Malformed`, `The specified ${family} key is not valid.`),
  badValue: e(400, `Invalid${family}Value.Malformed`, `The specified ${family} value is not valid.`),
  duplicateKey: e(400, `Duplicate.${family}Key`, `The ${family} contains duplicate keys.`),
});

export const resourceTagErrors = {
  noInstances: e(400, 'InvalidResourceTag.InstanceNotFound', 'InstanceIds are not found by the specified ResourceTag.'),
  conflict: e(400, 'InvalidResourceTag.ConflictWithInstanceIds', 'The specified param ResourceTag conflicts with InstanceId.'),
};
