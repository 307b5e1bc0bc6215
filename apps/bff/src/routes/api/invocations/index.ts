import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import invocationDetail from './invocation-detail.ts';
import listInvocations from './list-invocations.ts';
import rerunInvocation from './rerun-invocation.ts';
import runCommand from './run-command.ts';
import stopInvocation from './stop-invocation.ts';

/** Cloud Assistant: running commands and following, stopping and repeating their invocations. */
const invocationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(runCommand);
  await app.register(listInvocations);
  await app.register(invocationDetail);
  await app.register(stopInvocation);
  await app.register(rerunInvocation);
};

export default invocationRoutes;
