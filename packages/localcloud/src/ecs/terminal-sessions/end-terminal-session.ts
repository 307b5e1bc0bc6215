import type { Operation } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { findRegion } from '../../world/regions.ts';
import { required } from '../params.ts';
import { sessionErrors } from './errors.ts';

/** EndTerminalSession: the session and its URL become invalid for good, and its sockets close. */
export const endTerminalSession =
  (world: World): Operation =>
  ({ params }) => {
    const regionId = required(params, 'RegionId');
    if (!findRegion(regionId)) throw sessionErrors.regionNotFound();
    const session = world.sessions.get(required(params, 'SessionId'));
    if (!session || session.regionId !== regionId) throw sessionErrors.sessionNotFound();
    world.sessions.end(session);
    return {};
  };
