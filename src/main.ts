// The one entry of the Apps Script bundle. Every export becomes a top-level function of
// dist/Code.js (scripts/build.ts), which is how Apps Script finds manifest triggers, card actions
// and time-driven handlers. Each area keeps its own entry so their owners do not collide here.
export * from './addon/entry';
export * from './scanner/entry';
export * from './sheet/entry';
