// Every user query sits under one prefix, so a mutation can refresh them all at once.
export const userKeys = {
  all: ['users'] as const,
  list: () => ['users', 'list'] as const,
};
