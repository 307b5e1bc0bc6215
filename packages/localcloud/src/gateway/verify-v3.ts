import { gatewayErrors } from './gateway-errors.ts';
import { headerValue, type SignatureClaim, type SignedRequest } from './signed-request.ts';
import { sha256Hex, V3_ALGORITHM, v3CanonicalRequest, v3Signature, v3StringToSign } from './signature-v3.ts';

/** Headers a V3 request must both send and sign. `host` is signed as received, port included. */
const REQUIRED_SIGNED = [
  'host',
  'x-acs-action',
  'x-acs-version',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-content-sha256',
] as const;

interface Authorization {
  readonly credential: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** `ACS3-HMAC-SHA256 Credential=<ak>,SignedHeaders=<a;b>,Signature=<hex>` */
function parseAuthorization(header: string): Authorization {
  const space = header.indexOf(' ');
  const algorithm = space === -1 ? header : header.slice(0, space);
  if (algorithm !== V3_ALGORITHM) throw gatewayErrors.incompleteSignature(`Unsupported signature algorithm "${algorithm}".`);
  const fields = new Map<string, string>();
  for (const part of header.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq !== -1) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!credential || signedHeaders === undefined || !signature) {
    throw gatewayErrors.incompleteSignature('The Authorization header needs Credential, SignedHeaders and Signature.');
  }
  return { credential, signedHeaders: signedHeaders.split(';').filter(Boolean), signature };
}

function signedHeader(request: SignedRequest, auth: Authorization, name: string): string {
  const value = headerValue(request, name);
  if (value === undefined || !auth.signedHeaders.includes(name)) {
    throw gatewayErrors.incompleteSignature(`The header "${name}" must be sent and signed.`);
  }
  return value.trim();
}

/** Reads an ACS3-HMAC-SHA256 request (alibaba-api.md §1.3.5) into a claim to be checked. */
export function v3Claim(request: SignedRequest, authorization: string): SignatureClaim {
  const auth = parseAuthorization(authorization);
  const required = Object.fromEntries(REQUIRED_SIGNED.map((name) => [name, signedHeader(request, auth, name)]));
  // Whatever decides how the request is read or whose it is must be covered by the signature too.
  const securityToken = headerValue(request, 'x-acs-security-token');
  if (securityToken !== undefined) signedHeader(request, auth, 'x-acs-security-token');
  if (request.body.length > 0) signedHeader(request, auth, 'content-type');

  const payloadHash = sha256Hex(request.body);
  const expected = (accessKeySecret: string) => {
    const canonical = v3CanonicalRequest({
      method: request.method,
      query: request.query,
      headers: request.headers,
      signedHeaders: auth.signedHeaders.map((name) => name.toLowerCase()),
      payloadHash,
    });
    const stringToSign = v3StringToSign(canonical);
    // The sent hash is signed as a header; a body that no longer matches it is a tampered request.
    const signature = required['x-acs-content-sha256']?.toLowerCase() === payloadHash ? v3Signature(accessKeySecret, stringToSign) : '';
    return { signature, shownStringToSign: stringToSign };
  };
  return {
    accessKeyId: auth.credential,
    timestamp: required['x-acs-date'] ?? '',
    nonce: required['x-acs-signature-nonce'] ?? '',
    securityToken,
    signature: auth.signature.toLowerCase(),
    expected,
  };
}
