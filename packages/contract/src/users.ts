import { Type, type Static } from 'typebox';
import { AuthSource, NewPassword, Role, UserName, UserScope } from './auth.ts';

export const UserSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Role,
  scope: UserScope,
  source: AuthSource,
  disabled: Type.Boolean(),
  lockedUntil: Type.Union([Type.String({ description: 'ISO 8601, UTC' }), Type.Null()], {
    description: 'Set while too many failed sign-ins keep the account locked',
  }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type UserSummary = Static<typeof UserSummary>;

export const UserList = Type.Object({ items: Type.Array(UserSummary) });
export type UserList = Static<typeof UserList>;

export const UserParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
export type UserParams = Static<typeof UserParams>;

export const CreateUserBody = Type.Object({
  name: UserName,
  password: NewPassword,
  role: Role,
  scope: Type.Optional(UserScope),
});
export type CreateUserBody = Static<typeof CreateUserBody>;

/** Only the given fields change. `disabled: false` also clears a sign-in lock. */
export const UpdateUserBody = Type.Object(
  {
    role: Type.Optional(Role),
    scope: Type.Optional(UserScope),
    disabled: Type.Optional(Type.Boolean()),
  },
  { minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const ResetPasswordBody = Type.Object({ password: NewPassword });
export type ResetPasswordBody = Static<typeof ResetPasswordBody>;
