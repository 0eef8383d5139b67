/** The five steps of the form, in the guide’s order. Each field’s id is its path on the server. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import {
  AGE_GROUPS,
  CHECKLIST_SUGGESTIONS,
  OBJECTIVES,
  REASONS,
  RHYTHMS,
  ROLES,
  ROME_JOBS,
} from '../../domain/plan/vocabulary';
import { CIVILITIES, COLLECTIVITY_TYPES } from '../../domain/tracking/vocabulary';
import { type Draft, PATHS, type PhaseDraft, phasesInUnit, type TextKey } from './draft';
import { ManyChoices, type Messages, OneChoice, Select, TextInput } from './inputs';

export interface StepProps {
  draft: Draft;
  change(patch: Partial<Draft>): void;
  messages: Messages;
  /** « Régénérer »: a presentation written from the answers. */
  regeneratePitch(): void;
}

const entries = <K extends string, V = string>(record: Readonly<Record<K, V>>) =>
  Object.entries(record) as [K, V][];

type TextOptions = Omit<Parameters<typeof TextInput>[0], 'id' | 'label' | 'value' | 'onInput' | 'messages'>;

/** A text field bound to one answer of the draft. */
function text(
  { draft, change, messages }: StepProps,
  key: TextKey,
  label: string,
  options: TextOptions = {},
) {
  return (
    <TextInput
      id={PATHS[key]}
      label={label}
      value={draft[key]}
      onInput={(value) => change({ [key]: value })}
      messages={messages}
      {...options}
    />
  );
}

const ONE_A_LINE = 'Une par ligne.';

export function WhyStep(props: StepProps) {
  const { draft, change, messages } = props;
  return (
    <>
      <ManyChoices
        id={PATHS.reasons}
        legend="Pourquoi je veux faire un stage"
        hint="Cochez toutes celles qui vous correspondent."
        options={entries(REASONS)}
        chosen={draft.reasons}
        onChange={(reasons) => change({ reasons })}
        messages={messages}
      >
        {text(props, 'otherReason', 'Autre raison (facultatif)', { rows: 2 })}
      </ManyChoices>
      <OneChoice
        id={PATHS.objective}
        legend="L’objectif officiel de ma PMSMP"
        hint="La convention n’en retient qu’un seul."
        options={entries(OBJECTIVES)}
        chosen={draft.objective}
        onChange={(objective) => change({ objective })}
        messages={messages}
      />
    </>
  );
}

function PhaseRow({
  index,
  phase,
  unit,
  update,
  remove,
  messages,
}: {
  index: number;
  phase: PhaseDraft;
  unit: string;
  update(patch: Partial<PhaseDraft>): void;
  remove(): void;
  messages: Messages;
}) {
  const path = `${PATHS.phases}.${index}`;
  const input = (key: 'from' | 'to', label: string) => (
    <TextInput
      id={`${path}.${key}`}
      label={label}
      context={`Période ${index + 1}\u00a0:`}
      value={phase[key]}
      inputMode="numeric"
      onInput={(value) => update({ [key]: value })}
      messages={messages}
    />
  );
  return (
    <li class="phase">
      <Select
        id={`${path}.role`}
        label={`Période ${index + 1}\u00a0: rôle`}
        value={phase.role}
        options={entries(ROLES).map(([key, role]) => [key, role.label] as const)}
        onChange={(role) => update({ role })}
        messages={messages}
      />
      <div class="phase__span">
        {input('from', `De la ${unit}`)}
        {input('to', `à la ${unit}`)}
      </div>
      {messages.errors[path] && <p class="field-error">{messages.errors[path]}</p>}
      <button type="button" class="link-button" onClick={remove}>
        Retirer la période {index + 1}
      </button>
    </li>
  );
}

export function RoleStep({ draft, change, messages }: StepProps) {
  const days = draft.durationAmount.trim() !== '' && draft.durationUnit === 'days';
  const unit = days ? 'journée' : 'semaine';
  const phases = draft.phases;
  const setPhase = (index: number, patch: Partial<PhaseDraft>) =>
    change({ phases: phases.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const last = phases.at(-1);
  const next = last === undefined ? 1 : Number(last.to) + 1 || phases.length + 1;
  return (
    <>
      <dl class="roles">
        {entries(ROLES).map(([key, role]) => (
          <div key={key}>
            <dt>{role.label}</dt>
            <dd>{role.meaning}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">
        {days
          ? 'Votre stage est compté en jours : indiquez les périodes en jours (1, 2, 3…).'
          : 'Indiquez les périodes en semaines : semaine 1, semaines 2 à 4…'}
      </p>
      <ol
        class="phases"
        id={PATHS.phases}
        tabIndex={-1}
        aria-invalid={messages.errors[PATHS.phases] ? 'true' : 'false'}
      >
        {phases.map((phase, index) => (
          <PhaseRow
            key={index}
            index={index}
            phase={phase}
            unit={unit}
            update={(patch) => setPhase(index, patch)}
            remove={() => change({ phases: phases.filter((_, i) => i !== index) })}
            messages={messages}
          />
        ))}
      </ol>
      {messages.errors[PATHS.phases] && (
        <p class="field-error" role="alert">
          {messages.errors[PATHS.phases]}
        </p>
      )}
      <button
        type="button"
        class="button"
        onClick={() => change({ phases: [...phases, { role: '', from: String(next), to: String(next) }] })}
      >
        Ajouter une période
      </button>
    </>
  );
}

export function ContentStep(props: StepProps) {
  const { draft, change, messages } = props;
  return (
    <>
      {text(props, 'currentSkills', 'Mes connaissances et compétences actuelles dans le domaine', {
        rows: 3,
      })}
      {text(props, 'expectedGains', 'Ce que ce stage m’apportera pour les compléter', { rows: 3 })}
      {text(props, 'tasksToSee', 'Les tâches et activités que je souhaite voir', {
        rows: 3,
        hint: ONE_A_LINE,
      })}
      {text(props, 'tasksToDo', 'Les tâches et activités que je souhaite faire', {
        rows: 3,
        hint: ONE_A_LINE,
      })}
      {text(props, 'tasksToUnderstand', 'Ce que je souhaite comprendre', {
        rows: 3,
        hint: 'Un point par ligne.',
      })}
      {text(props, 'targetJob', 'Métier ou service visé', {
        hint: 'Par exemple : agent d’accueil, espaces verts.',
      })}
      <Select
        id={PATHS.romeCode}
        label="Code ROME du métier (facultatif)"
        value={draft.romeCode}
        options={entries(ROME_JOBS).map(([code, job]) => [code, `${code} – ${job}`] as const)}
        onChange={(romeCode) => change({ romeCode })}
        messages={messages}
        hint="Votre conseiller ou conseillère peut vous aider à le choisir."
      />
    </>
  );
}

export function ConditionsStep(props: StepProps) {
  const { draft, change, messages } = props;
  const [unitNote, setUnitNote] = useState<string | null>(null);
  const changeUnit = (durationUnit: string) => {
    const converted = draft.phases.length > 0 && durationUnit !== draft.durationUnit;
    change({ durationUnit, phases: phasesInUnit(draft.phases, draft.durationUnit, durationUnit) });
    setUnitNote(
      converted
        ? `Les périodes de vos rôles sont maintenant comptées en ${durationUnit === 'days' ? 'jours' : 'semaines'} (5\u00a0jours par semaine)\u00a0: vérifiez-les à l’étape « \u00a0Mon rôle\u00a0 ».`
        : null,
    );
  };
  return (
    <>
      <div class="row">
        <TextInput
          id={PATHS.durationAmount}
          label="Durée du stage"
          value={draft.durationAmount}
          inputMode="numeric"
          onInput={(durationAmount) => change({ durationAmount })}
          messages={messages}
        />
        <Select
          id={PATHS.durationUnit}
          label="Unité"
          value={draft.durationUnit}
          options={[
            ['weeks', 'semaines'],
            ['days', 'jours'],
          ]}
          onChange={changeUnit}
          messages={messages}
        />
      </div>
      {unitNote && (
        <p class="notice" role="status">
          {unitNote}
        </p>
      )}
      <p class="hint">Une PMSMP dure au plus un mois (30 jours calendaires).</p>
      <OneChoice
        id={PATHS.rhythm}
        legend="Rythme"
        options={entries(RHYTHMS)}
        chosen={draft.rhythm}
        onChange={(rhythm) => change({ rhythm })}
        messages={messages}
      />
      {text(props, 'hoursPerWeek', 'Nombre d’heures par semaine', {
        inputMode: 'decimal',
        hint: 'Au plus 48 heures, selon les horaires du service.',
      })}
      {text(props, 'schedule', 'Jours et horaires souhaités (facultatif)', {
        hint: 'Par exemple : du lundi au vendredi, le matin.',
      })}
      <div class="row">
        {text(props, 'earliestStart', 'Début au plus tôt', { type: 'date' })}
        {text(props, 'latestEnd', 'Fin au plus tard', { type: 'date' })}
      </div>
      {text(props, 'serviceTypes', 'Types de service visés', {
        rows: 3,
        hint: 'Un par ligne, par exemple : accueil, état civil, espaces verts.',
      })}
      <ManyChoices
        id={PATHS.collectivityTypes}
        legend="Types de collectivité à solliciter"
        options={COLLECTIVITY_TYPES.map((type) => [type, type] as const)}
        chosen={draft.collectivityTypes}
        onChange={(collectivityTypes) => change({ collectivityTypes })}
        messages={messages}
      />
      {text(props, 'homeCommune', 'Ma commune de résidence', { autoComplete: 'address-level2' })}
      <h3>Logistique</h3>
      <OneChoice
        id={PATHS.computer}
        legend="J’ai besoin d’un ordinateur"
        options={[
          ['yes', 'Oui'],
          ['no', 'Non'],
        ]}
        chosen={draft.computer}
        onChange={(computer) => change({ computer })}
        messages={messages}
      />
      {text(props, 'tutorAvailability', 'Disponibilité attendue du tuteur ou de la tutrice', { rows: 2 })}
      {text(props, 'accommodations', 'Aménagements particuliers (facultatif)', {
        rows: 2,
        hint: 'Par exemple un aménagement du poste lié à un handicap.',
      })}
      {text(props, 'transport', 'Transport', {
        hint: 'Votre moyen de transport et le temps de trajet maximal.',
      })}
    </>
  );
}

export function ContactStep(props: StepProps) {
  const { draft, change, messages, regeneratePitch } = props;
  return (
    <>
      <h3>Qui je suis</h3>
      <p class="hint">Ces informations figureront dans vos courriers.</p>
      <Select
        id={PATHS.civility}
        label="Civilité"
        value={draft.civility}
        options={CIVILITIES.map((civility) => [civility, civility] as const)}
        onChange={(civility) => change({ civility })}
        messages={messages}
      />
      {text(props, 'firstName', 'Prénom', { autoComplete: 'given-name' })}
      {text(props, 'lastName', 'Nom', { autoComplete: 'family-name' })}
      {text(props, 'address', 'Adresse', { autoComplete: 'street-address', hint: 'Numéro et rue.' })}
      <div class="row">
        {text(props, 'postalCode', 'Code postal', { inputMode: 'numeric', autoComplete: 'postal-code' })}
        {text(props, 'town', 'Ville', { autoComplete: 'address-level2' })}
      </div>
      {text(props, 'phone', 'Téléphone', { type: 'tel', autoComplete: 'tel' })}
      {text(props, 'email', 'Courriel', { type: 'email', autoComplete: 'email' })}
      <Select
        id={PATHS.ageGroup}
        label="Mon âge au début du stage"
        value={draft.ageGroup}
        options={entries(AGE_GROUPS)}
        onChange={(ageGroup) => change({ ageGroup })}
        messages={messages}
      />
      {(draft.ageGroup === 'minor' || draft.legalRepresentative !== '') &&
        text(props, 'legalRepresentative', 'Mon représentant légal', { hint: 'Nom et lien de parenté.' })}
      <h3>Mon conseiller ou ma conseillère</h3>
      {text(props, 'counsellorName', 'Son nom')}
      {text(props, 'counsellorEmail', 'Son courriel', { type: 'email' })}
      {text(props, 'counsellorAgency', 'Agence ou structure', {
        hint: 'Par exemple : France Travail Lyon Part-Dieu, Cap emploi, mission locale.',
      })}
      <h3>Ma présentation</h3>
      {text(props, 'pitch', 'Présentation de ma démarche', {
        rows: 9,
        hint: 'À lire au téléphone et à reprendre dans le courrier. Modifiez-la librement.',
      })}
      <button type="button" class="button" onClick={regeneratePitch}>
        Régénérer
      </button>
      <p class="hint">
        « Régénérer » remplace le texte par une présentation rédigée à partir de vos réponses.
      </p>
      <ManyChoices
        id={PATHS.checklist}
        legend="Points à vérifier avec la collectivité"
        options={CHECKLIST_SUGGESTIONS.map((item) => [item, item] as const)}
        chosen={draft.checklist}
        onChange={(checklist) => change({ checklist })}
        messages={messages}
      >
        {text(props, 'otherChecks', 'Autres points à vérifier (facultatif)', {
          rows: 2,
          hint: 'Un par ligne.',
        })}
      </ManyChoices>
    </>
  );
}

export const STEP_COMPONENTS: readonly ((props: StepProps) => JSX.Element)[] = [
  WhyStep,
  RoleStep,
  ContentStep,
  ConditionsStep,
  ContactStep,
];
