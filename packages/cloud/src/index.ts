export * from './cloud-shapes.ts';
export * from './cloud-assistant-shapes.ts';
export { CloudError, type CloudErrorKind, type CloudErrorFields } from './cloud-error.ts';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.ts';
export {
  CredentialChain,
  defaultCredentialChain,
  findCredentials,
  staticCredentials,
  type CredentialsProvider,
  type FoundCredentials,
  type StaticKeys,
} from './credentials.ts';
export { createCloudClient, type CloudClient, type CloudClientOptions } from './cloud-client.ts';
export type { CloudAssistantClient } from './cloud-assistant-client.ts';
export * from './terminal-shapes.ts';
export { SessionSecret } from './session-secret.ts';
export type { TerminalCloudClient } from './terminal-client.ts';
