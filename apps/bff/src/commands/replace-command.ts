import type { CloudCommand } from '@porthole/cloud';
import type { UpdateCommandBody } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';

/**
 * A command with new content. ModifyCommand ignores CommandContent (deprecated), so the command is made
 * anew with the edited fields and the old one deleted. If the old one cannot go (a running or scheduled
 * task still uses it), the new one is deleted again and the cloud's refusal stands.
 */
export async function replaceCommand(app: FastifyInstance, regionId: string, current: CloudCommand, changes: UpdateCommandBody & { content: string }): Promise<{ commandId: string; requestId: string }> {
  const created = await app.cloud.createCommand({
    regionId,
    name: changes.name ?? current.name,
    description: changes.description ?? current.description,
    type: current.type,
    content: changes.content,
    workingDir: changes.workingDir ?? current.workingDir,
    timeoutSeconds: changes.timeoutSeconds ?? current.timeoutSeconds,
    enableParameter: current.enableParameter,
    launcher: changes.launcher ?? current.launcher,
  });
  try {
    await app.cloud.deleteCommand(regionId, current.commandId);
  } catch (error) {
    await app.cloud.deleteCommand(regionId, created.commandId).catch((cleanup: unknown) =>
      app.log.error({ err: cleanup, commandId: created.commandId }, 'could not delete the replacement of a command that could not be replaced'),
    );
    throw error;
  }
  return created;
}
