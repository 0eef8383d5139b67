import { useEffect, useState } from 'preact/hooks';
import { CONTACT_FIELDS, type ContactKey } from '../../domain/tracking/edit-request';
import { CIVILITIES } from '../../domain/tracking/vocabulary';
import { Field } from '../field';
import { server } from '../rpc';
import { useSubmission } from '../submission';
import { SubmitRow } from '../submit-row';
import type { TrackingOverview } from './load';
import { TEXT_FIELDS } from './request-form';

type Summary = TrackingOverview['requests'][number];
type Fields = Record<ContactKey, string>;

const KEYS = Object.keys(CONTACT_FIELDS) as ContactKey[];

const valuesOf = (request: Summary | undefined): Fields =>
  Object.fromEntries(KEYS.map((key) => [key, request?.[key] ?? ''])) as Fields;

interface Props {
  overview: TrackingOverview;
  /** The list as it is now comes with the answer: no second call to show it. */
  onSaved(message: string, overview: TrackingOverview): void;
}

/**
 * « Modifier la demande »: the contact of a request, prefilled with what the sidebar read. Only
 * the fields the person changed are sent, so a cell edited in the grid meanwhile is not
 * overwritten by the older value shown here; a refused save keeps every field as typed.
 */
export function EditRequestForm({ overview, onSaved }: Props) {
  const numbered = overview.requests.filter((r) => r.requestId !== '');
  const [requestId, setRequestId] = useState(numbered[0]?.requestId ?? '');
  const [initial, setInitial] = useState<Fields>(() => valuesOf(numbered[0]));
  const [fields, setFields] = useState<Fields>(initial);
  const submission = useSubmission();
  const { errors, reset, submit: send } = submission;

  function choose(id: string) {
    const values = valuesOf(numbered.find((r) => r.requestId === id));
    setRequestId(id);
    setInitial(values);
    setFields(values);
    reset();
  }

  // The chosen request gone from the list (or none chosen yet): the first one, prefilled.
  const first = numbered[0]?.requestId;
  const known = numbered.some((r) => r.requestId === requestId);
  useEffect(() => {
    if (!known && first !== undefined) choose(first);
  }, [known, first]);

  if (numbered.length === 0) return <p class="muted">Aucune demande à modifier pour l’instant.</p>;

  async function submit(event: Event) {
    event.preventDefault();
    const edited = Object.fromEntries(
      KEYS.filter((key) => fields[key] !== initial[key]).map((k) => [k, fields[k]]),
    );
    await send(
      () =>
        server.updateTrackingRequest({
          requestId,
          ...edited,
          civility: edited.civility as (typeof CIVILITIES)[number] | '' | undefined,
        }),
      (updated) => {
        const values = valuesOf(updated);
        setInitial(values);
        setFields(values);
        onSaved(
          updated.changed.length === 0
            ? `Rien à modifier pour ${updated.requestId}\u00a0: le tableau contient déjà ces informations.`
            : `Demande ${updated.requestId} modifiée (ligne ${updated.row}).`,
          updated.overview,
        );
      },
    );
  }

  const described = (key: string) => (errors[key] ? `edit-${key}-error` : undefined);
  return (
    <form onSubmit={submit} noValidate aria-label="Modifier une demande">
      <Field id="edit-requestId" label="Demande à modifier" error={errors.requestId}>
        <select
          id="edit-requestId"
          value={requestId}
          aria-describedby={described('requestId')}
          onChange={(e) => choose(e.currentTarget.value)}
        >
          {numbered.map((r) => (
            <option key={r.requestId} value={r.requestId}>
              {r.requestId} — {r.collectivity}
            </option>
          ))}
        </select>
      </Field>
      <Field id="edit-civility" label="Civilité de l’interlocuteur" error={errors.civility}>
        <select
          id="edit-civility"
          value={fields.civility}
          aria-describedby={described('civility')}
          onChange={(e) => setFields({ ...fields, civility: e.currentTarget.value })}
        >
          <option value="">—</option>
          {CIVILITIES.map((civility) => (
            <option key={civility}>{civility}</option>
          ))}
          {fields.civility !== '' && !(CIVILITIES as readonly string[]).includes(fields.civility) && (
            <option>{fields.civility}</option>
          )}
        </select>
      </Field>
      {TEXT_FIELDS.map((f) => (
        <Field key={f.key} id={`edit-${f.key}`} label={f.label} error={errors[f.key]}>
          <input
            id={`edit-${f.key}`}
            type="text"
            inputMode={f.mode}
            value={fields[f.key]}
            aria-invalid={errors[f.key] ? 'true' : 'false'}
            aria-describedby={described(f.key)}
            onInput={(e) => setFields({ ...fields, [f.key]: e.currentTarget.value })}
          />
        </Field>
      ))}
      <SubmitRow submission={submission} label="Enregistrer les modifications" />
    </form>
  );
}
