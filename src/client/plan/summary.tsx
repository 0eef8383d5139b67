/** « Où en est mon plan »: the five steps as complete, started or to do, and the next thing to do. */
import type { PlanProgress } from '../../domain/plan';
import { STATUS_WORDS, STEPS } from './words';

const MARKS = { complete: '✓', partial: '◐', empty: '○' } as const;

export function StepIndicator({
  progress,
  current,
  go,
  invalid = new Set(),
}: {
  progress: PlanProgress;
  current: number;
  go(step: number): void;
  /** Steps holding an answer to correct: marked ⚠ and said « à corriger ». */
  invalid?: ReadonlySet<number>;
}) {
  return (
    <ol class="stepper" aria-label="Étapes du plan">
      {STEPS.map((step, index) => {
        const status = progress.steps[index]?.status ?? 'empty';
        const wrong = invalid.has(index);
        const state = wrong ? 'à corriger' : STATUS_WORDS[status];
        return (
          <li key={step.key}>
            <button
              type="button"
              class={`stepper__step stepper__step--${wrong ? 'invalid' : status}${index === current ? ' stepper__step--current' : ''}`}
              aria-current={index === current ? 'step' : undefined}
              aria-label={`Étape ${index + 1}, ${step.title}\u00a0: ${state}`}
              title={`${step.title}\u00a0: ${state}`}
              onClick={() => go(index)}
            >
              <span class="stepper__number">{index + 1}</span>
              <span class="stepper__mark" aria-hidden="true">
                {wrong ? '⚠' : MARKS[status]}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

export function PlanSummary({ progress, saved }: { progress: PlanProgress; saved: boolean }) {
  const done = progress.steps.filter((s) => s.status === 'complete').length;
  return (
    <section class="summary" aria-labelledby="plan-summary-title" data-testid="plan-summary">
      <h2 id="plan-summary-title">Où en est mon plan</h2>
      <p class="summary__count">
        {done === 5
          ? 'Les 5 étapes sont complètes.'
          : done === 0
            ? 'Aucune des 5 étapes n’est encore complète.'
            : `${done} étape${done > 1 ? 's' : ''} complète${done > 1 ? 's' : ''} sur 5.`}
      </p>
      <p class="summary__next" data-testid="plan-next">
        <strong>À faire ensuite{'\u00a0'}:</strong> {progress.next}
      </p>
      {!saved && <p class="hint">Selon votre dernier enregistrement.</p>}
    </section>
  );
}

/** What the current step still lacks, as the server last saw it. */
export function StepMissing({ progress, step }: { progress: PlanProgress; step: number }) {
  const missing = progress.steps[step]?.missing ?? [];
  if (missing.length === 0) return null;
  return (
    <div class="missing">
      <p>Il reste à indiquer{'\u00a0'}:</p>
      <ul>
        {missing.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
