import * as z from 'zod/mini';
import { type Plan, type PlanInput, PlanSchema } from '../../../src/domain/plan/plan';
import { SAMPLE_PLAN } from '../../../src/local/sample-plan';

/** A plan checked by the draft schema (throws if the fixture itself is wrong). */
export const plan = (input: PlanInput = {}): Plan => z.parse(PlanSchema, input);

/** Camille's complete plan: four weeks at the accueil of a mairie (the demo's and the benchmark's too). */
export const COMPLETE: PlanInput = SAMPLE_PLAN;
