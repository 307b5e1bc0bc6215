/**
 * The seam between the gateway (signatures, routing, errors, faults) and the simulated products.
 * The gateway authenticates a request, flattens its parameters and calls the operation named by
 * Action for the product named by Version; the operation returns the response body without RequestId.
 */

/** RPC parameters exactly as flattened on the wire: `Tag.1.Key`, `InstanceIds` (a JSON string), ... */
export type RpcParams = Readonly<Record<string, string>>;

export interface OperationContext {
  readonly params: RpcParams;
  readonly requestId: string;
  /** The AccessKey id the request was signed with (for per-caller quotas), never the secret. */
  readonly accessKeyId: string;
}

export type Operation = (ctx: OperationContext) => Promise<Record<string, unknown>> | Record<string, unknown>;

export interface ProductApi {
  /** `Ecs` or `Eci`: used in HostId and in the Recommend link. */
  readonly product: string;
  /** `2014-05-26` or `2018-08-08`. */
  readonly version: string;
  /** e.g. `ecs.aliyuncs.com`. */
  readonly hostId: string;
  readonly operations: Readonly<Record<string, Operation>>;
  /**
   * HTTP status of a `Throttling` answer per Action, where the product's API page documents one other
   * than the gateway's usual 400 (ECS lists 429 for GetInstanceConsoleOutput).
   */
  readonly throttlingStatus?: Readonly<Record<string, number>>;
}
