import { errorResponses, type RouteDescriptor } from '@porthole/contract';
import type { FastifyContextConfig } from 'fastify';

interface ContractSchema<R extends RouteDescriptor> {
  params: R['params'];
  querystring: R['querystring'];
  body: R['body'];
  response: typeof errorResponses & Record<R['successStatus'], R['response']>;
}

/**
 * The method, url, schemas and access of a contract route, ready for `app.route({ ...contractRoute(d), handler })`:
 * the descriptor's schemas validate the request and serialise the reply, and with the TypeBox type
 * provider they also type the handler. `config` adds route config (e.g. a rate limit); the access
 * always comes from the descriptor.
 */
export function contractRoute<const R extends RouteDescriptor>(descriptor: R, config: FastifyContextConfig = {}) {
  const { method, url, params, querystring, body, response, successStatus, access } = descriptor;
  // Parts the route does not take stay out of the schema (Fastify warns about undefined ones).
  const parts = Object.entries({ params, querystring, body }).filter(([, schema]) => schema !== undefined);
  const schema = { ...Object.fromEntries(parts), response: { ...errorResponses, [successStatus]: response } };
  return { method, url, schema: schema as ContractSchema<R>, config: { ...config, access } };
}
