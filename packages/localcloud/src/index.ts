export { buildLocalcloud, startLocalcloud, type Localcloud, type LocalcloudOptions } from './localcloud.ts';
export { buildGateway, type GatewayOptions } from './server.ts';
export { DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET } from './config.ts';
export { ADMIN_TOKEN_HEADER, FAULTS_PATH } from './gateway/admin-routes.ts';
export type { AccessKey } from './gateway/access-keys.ts';
export type { FaultSettings } from './gateway/faults.ts';
export { ApiError } from './api-error.ts';
export type { Operation, OperationContext, ProductApi, RpcParams } from './operation.ts';
export type { Clock } from './clock.ts';
