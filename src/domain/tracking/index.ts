/**
 * The tracking table's domain, for the Apps Script adapter: read the sheet once, call these
 * pure functions, write the cells they return once. No Apps Script global is used here.
 */
export * from './calendar';
export * from './columns';
export * from './conditional-formats';
export * from './edit-request';
export * from './follow-up';
export * from './french-dates';
export * from './import-mapping';
export * from './import-rows';
export * from './layout';
export * from './new-request';
export * from './request-ids';
export * from './request-rows';
export * from './step-matching';
export * from './steps';
export * from './text';
export * from './transitions';
export * from './vocabulary';
