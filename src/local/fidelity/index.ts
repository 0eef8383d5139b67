/**
 * Every fidelity case, by area (./cases.ts says what a case is and how to add one). One file
 * per area; list each area's array here.
 */
import { AUTHORIZATION_CASES } from './authorization';
import type { FidelityCase } from './cases';
import { HTML_CASES } from './html';
import { LIFECYCLE_CASES } from './lifecycle';
import { SHEETS_CASES } from './sheets';
import { VALUE_FIDELITY_CASES } from './values';

export const ALL_CASES: readonly FidelityCase[] = [
  ...AUTHORIZATION_CASES,
  ...LIFECYCLE_CASES,
  ...VALUE_FIDELITY_CASES,
  ...SHEETS_CASES,
  ...HTML_CASES,
];

export * from './cases';
export { PROJECT_FILES } from './project-files';
