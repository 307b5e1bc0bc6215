import { missingParameter } from '../api-error.ts';
import { gatewayErrors } from './gateway-errors.ts';
import type { SignatureClaim, SignedRequest } from './signed-request.ts';
import { v1Signature, v1StringToSign } from './signature-v1.ts';

/** Parameters of the V1 envelope: they authenticate the call and are not handed to operations. */
export const V1_ENVELOPE_PARAMS = [
  'Action',
  'Version',
  'Format',
  'AccessKeyId',
  'Signature',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'SignatureType',
  'Timestamp',
  'SecurityToken',
] as const;

const MASK = '***';

function required(request: SignedRequest, name: string): string {
  const value = request.params[name];
  if (value === undefined || value === '') throw missingParameter(name);
  return value;
}

/** Reads an RPC HMAC-SHA1 request (alibaba-api.md §1.2) into a claim to be checked. */
export function v1Claim(request: SignedRequest): SignatureClaim {
  const accessKeyId = required(request, 'AccessKeyId');
  // Clients that paste the documented URL send Signature's `+` unencoded; a form decoder would have
  // made it a space, so both spellings are accepted.
  const signature = required(request, 'Signature').replaceAll(' ', '+');
  const method = request.params['SignatureMethod'] ?? '';
  if (method !== 'HMAC-SHA1') throw gatewayErrors.incompleteSignature(`Unsupported SignatureMethod "${method}".`);
  const version = request.params['SignatureVersion'] ?? '';
  if (version !== '1.0') throw gatewayErrors.incompleteSignature(`Unsupported SignatureVersion "${version}".`);
  const securityToken = request.params['SecurityToken'];
  return {
    accessKeyId,
    timestamp: required(request, 'Timestamp'),
    nonce: required(request, 'SignatureNonce'),
    securityToken,
    signature,
    expected: (accessKeySecret) => {
      const stringToSign = v1StringToSign(request.method, request.params);
      const masked = securityToken === undefined ? request.params : { ...request.params, SecurityToken: MASK };
      return { signature: v1Signature(accessKeySecret, stringToSign), shownStringToSign: v1StringToSign(request.method, masked) };
    },
  };
}
