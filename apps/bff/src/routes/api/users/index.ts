import type { FastifyInstance } from 'fastify';
import createUser from './create-user.ts';
import listUsers from './list-users.ts';
import resetPassword from './reset-password.ts';
import updateUser from './update-user.ts';

/** The admin's user management: every change is audited with the user it concerns as the target. */
export default async function usersRoutes(app: FastifyInstance): Promise<void> {
  await app.register(listUsers);
  await app.register(createUser);
  await app.register(updateUser);
  await app.register(resetPassword);
}
