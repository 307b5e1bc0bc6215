import { Role } from '@porthole/contract';

/** Every role, least privileged first, as the contract lists them. */
export const roles: Role[] = Role.anyOf.map((literal) => literal.const);
