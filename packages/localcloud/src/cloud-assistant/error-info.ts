/** Per-instance `ErrorCode` → `ErrorInfo`, exactly as the cloud words them (alibaba-api.md §4.2 d). */
export const ERROR_INFO = {
  InstanceNotExists: 'the specified instance does not exists',
  InstanceReleased: 'the instance has released when create task',
  InstanceNotRunning: 'the instance is not running when create task',
  CommandNotApplicable: 'the command is not applicable',
  AccountNotExists: 'the specified account does not exists',
  DirectoryNotExists: 'the specified directory does not exists',
  BadCronExpression: 'the cron job expression is invalid',
  ClientNotRunning: 'the aliyun service is not running on the instance',
  ClientNotResponse: 'the aliyun service in the instance does not response',
  ClientIsUpgrading: 'the aliyun service in the instance is upgrading now',
  ClientNeedUpgrade: 'the aliyun service in the instance need upgrade',
  DeliveryTimeout: 'the command delivery has been timeout',
  ExecutionTimeout: 'the command execution has been timeout',
  ExecutionException: 'the command execution got an exception',
  ExecutionInterrupted: 'the command execution has been interrupted',
  ExitCodeNonzero: 'the command execution exit code is not zero',
} as const;

export type ErrorCode = keyof typeof ERROR_INFO;

export const errorOf = (code: ErrorCode): { errorCode: ErrorCode; errorInfo: string } => ({ errorCode: code, errorInfo: ERROR_INFO[code] });

/** The table's wording for a code it knows, otherwise what the agent (sandbox) said. */
export const errorInfoFor = (code: string, fallback: string): string =>
  Object.hasOwn(ERROR_INFO, code) ? ERROR_INFO[code as ErrorCode] : fallback;
