import { Type, type TSchema } from 'typebox';
import { ErrorEnvelope } from './errors.ts';
import { Meta } from './meta.ts';
import { RegionList, RegionParams, RegionQuery } from './regions.ts';
import {
  InstanceDetail,
  InstanceList,
  InstanceListQuery,
  InstanceParams,
  PowerActionBody,
  PowerActionResult,
} from './instances.ts';
import { ConsoleOutput, ConsoleOutputQuery } from './console-output.ts';
import { ContainerGroupList, ContainerGroupListQuery } from './container-groups.ts';

/**
 * One descriptor per browser<->BFF endpoint. The BFF registers its routes from these (validation and
 * serialisation), the web app builds URLs and reads typed responses from the same objects.
 */
export interface RouteDescriptor {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  response: TSchema;
  successStatus: 200 | 201 | 202 | 204;
}

function route<const R extends RouteDescriptor>(descriptor: R): R {
  return descriptor;
}

export const routes = {
  meta: route({ method: 'GET', url: '/api/meta', response: Meta, successStatus: 200 }),
  regions: route({
    method: 'GET',
    url: '/api/regions',
    querystring: RegionQuery,
    response: RegionList,
    successStatus: 200,
  }),
  instances: route({
    method: 'GET',
    url: '/api/regions/:region/instances',
    params: RegionParams,
    querystring: InstanceListQuery,
    response: InstanceList,
    successStatus: 200,
  }),
  instance: route({
    method: 'GET',
    url: '/api/regions/:region/instances/:id',
    params: InstanceParams,
    response: InstanceDetail,
    successStatus: 200,
  }),
  powerAction: route({
    method: 'POST',
    url: '/api/regions/:region/instances/:id/actions',
    params: InstanceParams,
    body: PowerActionBody,
    response: PowerActionResult,
    successStatus: 202,
  }),
  consoleOutput: route({
    method: 'GET',
    url: '/api/regions/:region/instances/:id/console-output',
    params: InstanceParams,
    querystring: ConsoleOutputQuery,
    response: ConsoleOutput,
    successStatus: 200,
  }),
  containerGroups: route({
    method: 'GET',
    url: '/api/regions/:region/container-groups',
    params: RegionParams,
    querystring: ContainerGroupListQuery,
    response: ContainerGroupList,
    successStatus: 200,
  }),
} as const;

export type RouteName = keyof typeof routes;

/** Fills `:name` segments; every value is URL-encoded. */
export function routePath(descriptor: Pick<RouteDescriptor, 'url'>, params: Record<string, string> = {}): string {
  return descriptor.url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`routePath: missing parameter "${name}" for ${descriptor.url}`);
    return encodeURIComponent(value);
  });
}

export const errorResponses = {
  400: ErrorEnvelope,
  404: ErrorEnvelope,
  409: ErrorEnvelope,
  413: ErrorEnvelope,
  429: ErrorEnvelope,
  500: ErrorEnvelope,
  502: ErrorEnvelope,
  503: ErrorEnvelope,
  504: ErrorEnvelope,
} as const;

export const Health = Type.Object({ status: Type.Literal('ok') });
