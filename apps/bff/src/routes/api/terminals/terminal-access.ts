import { routePath, socketRoutes, type TerminalSummary } from '@porthole/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors/error-catalogue.ts';
import type { Terminal } from '../../../terminals/terminal.ts';

/** The terminal, if the caller owns it or is an admin; undefined otherwise (someone else's looks absent). */
export function visibleTerminal(app: FastifyInstance, request: FastifyRequest, terminalId: string): Terminal | undefined {
  const terminal = app.terminals.registry.get(terminalId);
  const user = request.user;
  if (!terminal || !user) return undefined;
  return terminal.owner.id === user.id || user.role === 'admin' ? terminal : undefined;
}

export function requireTerminal(app: FastifyInstance, request: FastifyRequest, terminalId: string): Terminal {
  const terminal = visibleTerminal(app, request, terminalId);
  if (!terminal) throw new ApiError('NOT_FOUND', 'No such terminal.');
  return terminal;
}

export function summaryOf(terminal: Terminal): TerminalSummary {
  return terminal.summary(routePath(socketRoutes.terminal, { terminalId: terminal.id }));
}

/** The signed-in user as a terminal's owner (routes with access 'operator' always have one). */
export function ownerOf(request: FastifyRequest): { id: string; name: string } {
  const user = request.user;
  if (!user) throw new ApiError('UNAUTHENTICATED');
  return { id: user.id, name: user.name };
}
