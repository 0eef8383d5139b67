import { useEffect, useState } from 'preact/hooks';
import { WEEKDAY_NAMES } from '../../domain/convention/details';
import { type ObjectiveKey, PLATFORM_OBJECTIVES } from '../../domain/convention/immersion-facile';
import { frenchDate } from '../../domain/french';
import type { ConventionView, PreparedView } from '../../server/convention/conventions';
import { Field } from '../field';
import { server } from '../rpc';

interface Draft {
  tutorFirstName: string;
  tutorLastName: string;
  tutorRole: string;
  tutorEmail: string;
  tutorPhone: string;
  tutorSigns: boolean;
  siret: string;
  dateStart: string;
  dateEnd: string;
  weekdays: boolean[];
  periods: { start: string; end: string }[];
  objective: ObjectiveKey | '';
}

const TEXT_FIELDS = [
  'tutorFirstName',
  'tutorLastName',
  'tutorRole',
  'tutorEmail',
  'tutorPhone',
  'siret',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

const LABELS: Record<TextField, string> = {
  tutorFirstName: 'Prénom du tuteur ou de la tutrice',
  tutorLastName: 'Nom du tuteur ou de la tutrice',
  tutorRole: 'Sa fonction',
  tutorEmail: 'Son courriel',
  tutorPhone: 'Son téléphone',
  siret: 'SIRET de la collectivité',
};

function draftOf(view: ConventionView): Draft {
  const d = view.details;
  const periods = [...(d.periods ?? [])];
  while (periods.length < 2) periods.push({ start: '', end: '' });
  return {
    tutorFirstName: d.tutorFirstName ?? '',
    tutorLastName: d.tutorLastName ?? '',
    tutorRole: d.tutorRole ?? '',
    tutorEmail: d.tutorEmail ?? '',
    tutorPhone: d.tutorPhone ?? '',
    tutorSigns: d.tutorSigns === true,
    siret: d.siret ?? '',
    dateStart: d.dateStart ?? '',
    dateEnd: d.dateEnd ?? '',
    weekdays: WEEKDAY_NAMES.map((_, index) => (d.weekdays ?? []).includes(index)),
    periods: periods.map((p) => ({ start: p.start, end: p.end })),
    objective: d.objective ?? '',
  };
}

function siretHint(view: ConventionView): string {
  if (view.siretSource === 'annuaire')
    return 'Repris de l’Annuaire de l’administration : vérifiez-le auprès de la collectivité.';
  return 'Facultatif : 14 chiffres, que la collectivité vous donnera. Sinon, vous le saisirez sur le site.';
}

/** Focuses the form's input for `path` (« dateEnd », « periods.0.end »), or its group. */
function focusField(path: string): void {
  const [key = ''] = path.split('.');
  const target =
    document.getElementById(`convention-${key}`) ??
    document.querySelector<HTMLElement>(`[data-field="${key}"] input`);
  target?.focus();
}

/** « Préparer ma convention »: what the workbook lacks, in one short form, then the link. */
export function ConventionForm({ requestId, onClose }: { requestId: string; onClose(): void }) {
  const [view, setView] = useState<ConventionView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [prepared, setPrepared] = useState<PreparedView | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    server.getConvention({ requestId }).then(
      (result) => {
        if (!result.ok) return setMessage(result.message);
        setView(result.value);
        setDraft(draftOf(result.value));
        setPrepared(result.value.prepared);
      },
      (error: Error) => setMessage(error.message),
    );
  }, [requestId]);

  if (!view || !draft) {
    return message ? (
      <p class="notice notice--error" role="alert">
        {message}
      </p>
    ) : (
      <p class="muted">Chargement…</p>
    );
  }

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  async function submit(event: Event) {
    event.preventDefault();
    if (!draft) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await server.prepareConventionLink({
        requestId,
        tutorFirstName: draft.tutorFirstName,
        tutorLastName: draft.tutorLastName,
        tutorRole: draft.tutorRole,
        tutorEmail: draft.tutorEmail,
        tutorPhone: draft.tutorPhone,
        tutorSigns: draft.tutorSigns,
        siret: draft.siret,
        dateStart: draft.dateStart,
        dateEnd: draft.dateEnd,
        weekdays: draft.weekdays.flatMap((on, index) => (on ? [index] : [])),
        // A row left empty is no period; a half-filled one is sent, and refused in French.
        periods: draft.periods.filter((p) => p.start !== '' || p.end !== ''),
        objective: draft.objective as ObjectiveKey,
      });
      if (result.ok) {
        setErrors({});
        setPrepared(result.value);
        setMessage(null);
      } else {
        setErrors(result.fields);
        setMessage(result.message);
        setPrepared(null);
        // The first field to correct may be far above the button: bring it into view.
        const first = Object.keys(result.fields)[0];
        if (first !== undefined) focusField(first);
      }
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const id = (key: string) => `convention-${key}`;
  const described = (key: string) => (errors[key] ? `${id(key)}-error` : undefined);
  const periodError = Object.entries(errors).find(([key]) => key.startsWith('periods'))?.[1];
  const { earliestStart, latestEnd } = view.planWindow;
  const windowHint =
    earliestStart && latestEnd
      ? `Votre plan prévoit le stage entre le ${frenchDate(earliestStart)} et le ${frenchDate(latestEnd)} ; une PMSMP dure un mois au plus.`
      : 'Une PMSMP dure un mois au plus, de date à date.';

  return (
    <form
      class="convention-form"
      onSubmit={submit}
      noValidate
      aria-label={`Convention pour ${view.collectivity}`}
    >
      {view.tutorFromRequest && (
        <p class="hint">
          Le nom, la fonction et les coordonnées viennent de la personne contactée : corrigez-les si votre
          tuteur ou tutrice est quelqu’un d’autre.
        </p>
      )}
      {TEXT_FIELDS.map((key) => (
        <Field
          key={key}
          id={id(key)}
          label={LABELS[key]}
          hint={key === 'siret' ? siretHint(view) : undefined}
          error={errors[key]}
        >
          <input
            id={id(key)}
            // One input type a field: preact's typings want a literal, not a union.
            type={(key === 'tutorEmail' ? 'email' : key === 'tutorPhone' ? 'tel' : 'text') as 'text'}
            value={draft[key]}
            aria-invalid={errors[key] ? 'true' : 'false'}
            aria-describedby={described(key)}
            onInput={(e) => set({ [key]: e.currentTarget.value } as Partial<Draft>)}
          />
        </Field>
      ))}
      <label class="convention-check">
        <input
          type="checkbox"
          checked={draft.tutorSigns}
          onChange={(e) => set({ tutorSigns: e.currentTarget.checked })}
        />{' '}
        Le tuteur ou la tutrice signe aussi la convention pour la collectivité
      </label>
      <Field id={id('dateStart')} label="Premier jour convenu" hint={windowHint} error={errors.dateStart}>
        <input
          id={id('dateStart')}
          type="date"
          value={draft.dateStart}
          aria-invalid={errors.dateStart ? 'true' : 'false'}
          aria-describedby={described('dateStart')}
          onInput={(e) => set({ dateStart: e.currentTarget.value })}
        />
      </Field>
      <Field id={id('dateEnd')} label="Dernier jour convenu" error={errors.dateEnd}>
        <input
          id={id('dateEnd')}
          type="date"
          value={draft.dateEnd}
          aria-invalid={errors.dateEnd ? 'true' : 'false'}
          aria-describedby={described('dateEnd')}
          onInput={(e) => set({ dateEnd: e.currentTarget.value })}
        />
      </Field>
      <fieldset class="convention-days" data-field="weekdays" aria-describedby={described('weekdays')}>
        <legend>Jours de présence</legend>
        {WEEKDAY_NAMES.map((name, index) => (
          <label key={name}>
            <input
              type="checkbox"
              checked={draft.weekdays[index] === true}
              onChange={(e) => {
                const weekdays = [...draft.weekdays];
                weekdays[index] = e.currentTarget.checked;
                set({ weekdays });
              }}
            />{' '}
            {name}
          </label>
        ))}
        {errors.weekdays && (
          <p class="field-error" id={`${id('weekdays')}-error`} role="alert">
            {errors.weekdays}
          </p>
        )}
      </fieldset>
      <fieldset class="convention-hours" data-field="periods">
        <legend>Horaires de chaque jour</legend>
        {draft.periods.map((period, index) => (
          <div class="convention-period" key={String(index)}>
            <label>
              {index === 0 ? 'Matin, de' : 'Après-midi, de'}{' '}
              <input
                type="time"
                value={period.start}
                aria-label={`${index === 0 ? 'Matin' : 'Après-midi'} : début`}
                onInput={(e) => {
                  const periods = draft.periods.map((p) => ({ ...p }));
                  (periods[index] as { start: string }).start = e.currentTarget.value;
                  set({ periods });
                }}
              />
            </label>{' '}
            <label>
              à{' '}
              <input
                type="time"
                value={period.end}
                aria-label={`${index === 0 ? 'Matin' : 'Après-midi'} : fin`}
                onInput={(e) => {
                  const periods = draft.periods.map((p) => ({ ...p }));
                  (periods[index] as { end: string }).end = e.currentTarget.value;
                  set({ periods });
                }}
              />
            </label>
          </div>
        ))}
        <p class="hint">Laissez l’après-midi vide pour une demi-journée.</p>
        {periodError && (
          <p class="field-error" role="alert">
            {periodError}
          </p>
        )}
      </fieldset>
      <fieldset class="convention-objective" data-field="objective" aria-describedby={described('objective')}>
        <legend>Objectif de la PMSMP (un seul)</legend>
        {(Object.keys(PLATFORM_OBJECTIVES) as ObjectiveKey[]).map((key) => (
          <label key={key}>
            <input
              type="radio"
              name={id('objective')}
              value={key}
              checked={draft.objective === key}
              onChange={() => set({ objective: key })}
            />{' '}
            {/* The platform's wording, with the typographic apostrophe a person reads. */}
            {PLATFORM_OBJECTIVES[key].replace("'", '’')}
          </label>
        ))}
        {errors.objective && (
          <p class="field-error" id={`${id('objective')}-error`} role="alert">
            {errors.objective}
          </p>
        )}
      </fieldset>
      <div class="convention-actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? 'Préparation…' : 'Préparer le lien'}
        </button>{' '}
        <button type="button" class="button" onClick={onClose}>
          Fermer
        </button>
      </div>
      {message && !Object.values(errors).includes(message) && (
        <p class="notice notice--error" role="alert">
          {message}
        </p>
      )}
      {prepared && <PreparedLink prepared={prepared} />}
    </form>
  );
}

function PreparedLink({ prepared }: { prepared: PreparedView }) {
  return (
    <div class="convention-result" data-testid="convention-result">
      <p class="notice notice--success" role="status">
        {prepared.message}
      </p>
      <p>
        <a href={prepared.url} target="_blank" rel="noreferrer" data-testid="convention-link">
          Ouvrir ma demande de convention sur Immersion Facilitée
        </a>
      </p>
      <p class="hint">Le module n’envoie rien : c’est vous qui envoyez la demande depuis le site.</p>
      <h3>À compléter sur le site</h3>
      <ul class="convention-to-fill" data-testid="convention-to-fill">
        {prepared.toFill.map((field) => (
          <li key={field.label}>
            <strong>{field.label}</strong>
            {'\u00a0'}: {field.hint}
          </li>
        ))}
      </ul>
    </div>
  );
}
