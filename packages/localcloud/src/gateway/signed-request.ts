import type { ParamPair } from './rpc-params.ts';

/** What the verifiers need from an HTTP request, independent of Fastify. */
export interface SignedRequest {
  readonly method: string;
  /** Every header as received (duplicates kept, original case). */
  readonly headers: readonly ParamPair[];
  /** The query string's decoded pairs, in order. */
  readonly query: readonly ParamPair[];
  /** Query plus form-body parameters. */
  readonly params: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/**
 * The parts of a request that every signature scheme yields, checked the same way afterwards:
 * key lookup, timestamp window, signature, STS token, nonce.
 */
export interface SignatureClaim {
  readonly accessKeyId: string;
  readonly timestamp: string;
  readonly nonce: string;
  readonly securityToken: string | undefined;
  readonly signature: string;
  /**
   * Recomputes the signature the client should have sent, given the key's secret, and the server's
   * string to sign as SignatureDoesNotMatch shows it (with any STS token masked: error messages get
   * relayed, tokens must not be).
   */
  expected(accessKeySecret: string): { readonly signature: string; readonly shownStringToSign: string };
}

/** The first value of a header, case-insensitively; undefined when absent. */
export function headerValue(request: SignedRequest, name: string): string | undefined {
  const lower = name.toLowerCase();
  return request.headers.find(([key]) => key.toLowerCase() === lower)?.[1];
}
