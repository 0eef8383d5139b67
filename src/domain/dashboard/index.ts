/** The counsellor's view of the search: figures, the dashboard sheet, the daily reminder. Pure TypeScript. */

export { clockTime } from '../french';
export * from './figures';
export * from './journal';
export * from './reminder';
export * from './reminder-triggers';
export * from './sheet';
