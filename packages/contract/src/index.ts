export * from './errors.ts';
export * from './meta.ts';
export * from './regions.ts';
export * from './instances.ts';
export * from './console-output.ts';
export * from './container-groups.ts';
export * from './routes.ts';
