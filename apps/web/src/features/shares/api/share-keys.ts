// Every share query sits under one prefix, so creating or revoking a link refreshes all lists at once.
export const shareKeys = {
  all: ['shares'] as const,
  list: (all: boolean) => ['shares', 'list', { all }] as const,
  view: (token: string) => ['shares', 'view', token] as const,
};
