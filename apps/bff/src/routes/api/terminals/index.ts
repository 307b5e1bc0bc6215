import type { FastifyInstance } from 'fastify';
import containerExec from './container-exec.ts';
import openTerminals from './open-terminals.ts';
import terminalRoutes from './terminal-routes.ts';
import terminalSocket from './terminal-socket.ts';

/** The terminal routes: open (instance, container), read, end, the socket, and the one-shot container exec. */
export default async function terminals(app: FastifyInstance): Promise<void> {
  await app.register(openTerminals);
  await app.register(containerExec);
  await app.register(terminalRoutes);
  await app.register(terminalSocket);
}
