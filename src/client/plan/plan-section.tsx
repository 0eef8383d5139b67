/**
 * « Mon plan »: the guide’s five steps, one at a time, read from and saved to the « Plan de
 * stage » sheet. A refused save keeps everything typed, shows each French message next to its
 * field, opens the step of the first one and puts the cursor there.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { buildPitch, pitchOf } from '../../domain/plan/pitch';
import { CHECKLIST_SUGGESTIONS } from '../../domain/plan/vocabulary';
import type { PlanView } from '../../server/plan/api';
import { takeServed } from '../initial-data';
import { server } from '../rpc';
import { type Status, StatusNotice } from '../status';
import { draftErrors, errorsOfStep, planOfDraft, stepsWithErrors } from './check';
import { type Draft, draftFromPlan, planInput } from './draft';
import { STEP_COMPONENTS } from './steps';
import { PlanSummary, StepIndicator, StepMissing } from './summary';
import { STEPS, stepOfPath } from './words';
import './plan.css';

/** Every step complete, as the server last saw the plan. */
const complete = (view: PlanView) => view.progress.steps.every((s) => s.status === 'complete');

const noticesOf = (view: PlanView) => Object.fromEntries(view.notices.map((n) => [n.path, n.message]));

/** The first step holding one of `paths`, or -1. */
const firstStep = (paths: readonly string[]) =>
  Math.min(...paths.map(stepOfPath).filter((step) => step >= 0), Number.POSITIVE_INFINITY);

export function PlanSection() {
  const [view, setView] = useState<PlanView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [step, setStep] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const stepRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // Served in the page when the sidebar opened on « Mon plan »; asked for afterwards.
    const served = takeServed('getPlan');
    (served ? Promise.resolve(served) : server.getPlan({})).then(
      (result) => {
        if (!result.ok) {
          setStatus({ kind: 'error', message: result.message });
          return;
        }
        setView(result.value);
        setDraft(draftFromPlan(result.value.plan, pitchOf(result.value.plan), CHECKLIST_SUGGESTIONS));
        setErrors({ ...result.value.fields });
      },
      (error: Error) => setStatus({ kind: 'error', message: error.message }),
    );
  }, []);

  // After a refusal, the cursor goes to the first field in error of the step now shown.
  useEffect(() => {
    if (focusRequest === 0) return;
    stepRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  // After Précédent / Suivant, the step’s title is read first and shown at the top.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [step]);

  if (!view || !draft) {
    return status.kind === 'error' ? (
      <p class="notice notice--error" role="alert">
        {status.message}
      </p>
    ) : (
      <p class="muted">Chargement de votre plan…</p>
    );
  }

  const change = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
  };
  const go = (next: number) => {
    moved.current = true;
    setStep(next);
  };
  /** « Suivant »: the step’s answers are checked first, as the save would; a refusal stays here. */
  const forward = () => {
    const here = errorsOfStep(draftErrors(draft), step);
    if (Object.keys(here).length > 0) {
      setErrors({ ...errors, ...here });
      setStatus({
        kind: 'error',
        message: 'Corrigez d’abord cette étape\u00a0: les réponses signalées ne conviennent pas.',
      });
      setFocusRequest((n) => n + 1);
      return;
    }
    // What this step had to correct is corrected.
    setErrors(Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfPath(path) !== step)));
    setStatus({ kind: 'idle' });
    go(step + 1);
  };
  const refuse = (fields: Record<string, string>, message: string) => {
    setErrors(fields);
    setStatus({ kind: 'error', message });
    // The step shown stays when it has something to correct; else the first one that has.
    const here = Object.keys(fields).some((path) => stepOfPath(path) === step);
    const first = firstStep(Object.keys(fields));
    if (!here && Number.isFinite(first)) setStep(first);
    setFocusRequest((n) => n + 1);
  };

  async function save() {
    if (!draft) return;
    setStatus({ kind: 'busy' });
    try {
      const result = await server.savePlan(planInput(draft));
      if (!result.ok) {
        refuse(result.fields, result.message);
        return;
      }
      setView(result.value);
      setErrors({ ...result.value.fields });
      setDirty(false);
      const what = complete(result.value) ? 'Plan enregistré' : 'Brouillon enregistré';
      setStatus({
        kind: 'done',
        message: result.value.created
          ? `${what}\u00a0: votre plan est maintenant dans la feuille « \u00a0Plan de stage\u00a0 » du classeur.`
          : `${what} dans la feuille « \u00a0Plan de stage\u00a0 ».`,
      });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  }

  /** « Régénérer »: written here from the answers in the form (src/domain/plan/pitch.ts). */
  function regeneratePitch() {
    if (!draft) return;
    const plan = planOfDraft(draft);
    if (plan) change({ pitch: buildPitch(plan) });
    else
      refuse(
        draftErrors(draft),
        'Corrigez d’abord les réponses signalées\u00a0: la présentation est rédigée à partir de vos réponses.',
      );
  }

  const words = STEPS[step] ?? STEPS[0];
  const Step = STEP_COMPONENTS[step] ?? STEP_COMPONENTS[0];
  if (!words || !Step) return null;
  const messages = { errors, notices: noticesOf(view) };
  return (
    <div class="plan">
      <PlanSummary progress={view.progress} saved={!dirty} />
      <StepIndicator progress={view.progress} current={step} go={go} invalid={stepsWithErrors(errors)} />
      <form
        class="card plan__step"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p class="plan__count">Étape {step + 1} sur 5</p>
        <h2 ref={headingRef} tabIndex={-1}>
          {words.title}
        </h2>
        <p class="plan__intent">{words.intent}</p>
        <div ref={stepRef}>
          <Step draft={draft} change={change} messages={messages} regeneratePitch={regeneratePitch} />
        </div>
        {!dirty && <StepMissing progress={view.progress} step={step} />}
        <div class="plan__nav">
          {step > 0 && (
            <button type="button" class="button" onClick={() => go(step - 1)}>
              ← Précédent
            </button>
          )}
          {step < STEPS.length - 1 && (
            <button type="button" class="button plan__next" onClick={forward}>
              Suivant →
            </button>
          )}
        </div>
        <div class="plan__save">
          <StatusNotice status={status} />
          <button type="submit" class="button button--primary" disabled={status.kind === 'busy'}>
            {status.kind === 'busy'
              ? 'Enregistrement…'
              : complete(view)
                ? 'Enregistrer le plan'
                : 'Enregistrer le brouillon'}
          </button>
        </div>
      </form>
    </div>
  );
}
