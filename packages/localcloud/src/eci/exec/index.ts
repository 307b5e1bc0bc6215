export { execAdminRoutes, EXEC_SETTINGS_PATH } from './exec-admin-routes.ts';
export { execContainerCommand } from './exec-container-command.ts';
export { execFramingFromEnv, ExecService, type ExecServiceOptions } from './exec-service.ts';
export { EXEC_SOCKET_PATH, execSocketRoutes } from './exec-socket.ts';
