/**
 * The plan's own rules, run in the sidebar before leaving a step: the same schema the server
 * applies on save (src/domain/plan), so that « Suivant » never leaves 45 days or 50 hours
 * behind, and the step indicator shows which steps have something to correct.
 */
import * as z from 'zod/mini';
import { type Plan, PlanSchema } from '../../domain/plan/plan';
import { type Draft, planInput } from './draft';
import { stepOfPath } from './words';

/** Every French message of the draft, by field path (empty when the plan can be saved). */
export function draftErrors(draft: Draft): Record<string, string> {
  // The schema's own French messages (zod's locale stays on the server: the sidebar stays light).
  const parsed = z.safeParse(PlanSchema, planInput(draft));
  const fields: Record<string, string> = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    fields[path] ??= issue.message;
  }
  return fields;
}

/** The messages of `errors` that belong to step `step` (0 to 4). */
export function errorsOfStep(errors: Readonly<Record<string, string>>, step: number): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfPath(path) === step));
}

/** The steps (0 to 4) holding at least one message. */
export function stepsWithErrors(errors: Readonly<Record<string, string>>): Set<number> {
  return new Set(
    Object.keys(errors)
      .map(stepOfPath)
      .filter((step) => step >= 0),
  );
}

/** The draft as a plan the presentation can be written from, or null while something is to correct. */
export function planOfDraft(draft: Draft): Plan | null {
  const parsed = z.safeParse(PlanSchema, planInput(draft));
  return parsed.success ? parsed.data : null;
}
