/**
 * The sidebar's API, feature by feature: every function exported here is called by the sidebar
 * through google.script.run (src/client/rpc.ts types itself from this module), validates its
 * payload whatever the sidebar sent, and is exposed by src/server/index.ts.
 */
export * from './collectivites/annuaire-api';
export * from './collectivites/api';
export * from './convention/api';
export * from './dashboard/api';
export * from './home/api';
export * from './letters/api';
export * from './plan/api';
export * from './recap/api';
export * from './tracking/api';
export * from './tracking/import-api';
