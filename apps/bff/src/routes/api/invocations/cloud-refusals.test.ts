import { CloudError } from '@porthole/cloud';
import { describe, expect, it } from 'vitest';
import { fromCloudError } from '../../../errors/cloud-error-mapping.ts';

// Seed 001 (InvokeCommand): every refusal the caller can fix is a 4xx for the browser, with the cloud's
// code and message, never a 5xx that reads as "the server broke".
const SEED_001_REFUSALS: [number, string][] = [
  [400, 'InvalidParameter.WorkingDir'],
  [400, 'MissingParam.InstanceId'],
  [400, 'InvalidContainerId.Malformed'],
  [400, 'InvalidInstance.NotMatch'],
  [400, 'MissingParam.Frequency'],
  [400, 'InvalidParam.Frequency'],
  [400, 'Parameter.MissingValue'],
  [400, 'Parameter.Disabled'],
  [400, 'InvalidResourceTag.InstanceNotFound'],
  [403, 'InstanceIds.ExceedLimit'],
  [403, 'Invocation.ExceedQuota'],
  [403, 'ParameterCount.ExceedLimit'],
  [403, 'CmdContent.ExceedLimit'],
  [403, 'ParameterKey.Duplicate'],
  [403, 'Parameter.NotMatched'],
  [403, 'Username.ExceedLimit'],
  [403, 'Operation.Forbidden'],
  [403, 'IdempotentParameterMismatch'],
  [403, 'IdempotentProcessing'],
  [403, 'InvalidLauncher.LengthLimitExceeded'],
  [403, 'InvalidTimeout.ExceedLimit'],
  [404, 'InvalidRepeatMode.NotFound'],
  [404, 'InvalidInstance.NotFound'],
  [404, 'InvalidCmdId.NotFound'],
  [404, 'InvalidResourceGroup.NotFound'],
];

describe('seed 001 refusals', () => {
  it.each(SEED_001_REFUSALS)('%i %s is a 4xx with the cloud code', (statusCode, code) => {
    const error = fromCloudError(new CloudError({ kind: 'api', code, message: `${code} message`, operation: 'InvokeCommand', requestId: 'R-1', statusCode }));
    expect(error.statusCode).toBeGreaterThanOrEqual(400);
    expect(error.statusCode).toBeLessThan(500);
    expect(error.cloud).toEqual({ code, message: `${code} message`, requestId: 'R-1' });
  });
});
