import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * The Content-Security-Policy of every response, pages and API alike. Scripts come only from this
 * origin's built files (Vite emits no inline script), so an injected <script> or on* attribute never runs.
 *
 * style-src allows 'unsafe-inline' because Ant Design's CSS-in-JS writes <style> elements at run
 * time. A nonce would need index.html templated per request and handed to antd's ConfigProvider;
 * injected CSS cannot run code, the SPA renders no HTML from the cloud (React escapes it), and
 * connect-src/img-src keep stylesheet tricks from sending data anywhere but here.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  // 'wasm-unsafe-eval' lets the recording player compile its WebAssembly terminal emulator; it does
  // not allow eval() or any script the BFF did not serve.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Helmet's headers on every response, with a stricter CSP and framing than its defaults. HSTS is
 * sent only on requests that arrived over HTTPS: on plain http (the loopback default) it would be
 * ignored at best, and behind a TLS-terminating proxy Fastify knows the scheme from X-Forwarded-Proto
 * only when PORTHOLE_TRUST_PROXY names that proxy. upgrade-insecure-requests is left out for the
 * same reason: on a plain-http deployment it would break every request.
 */
async function securityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  });
}

export default fp(securityHeaders, { name: 'security-headers' });
