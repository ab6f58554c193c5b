export * from './cells';
export * from './chain';
export * from './columns';
export * from './pseudonym';
