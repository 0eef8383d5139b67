import { useState } from 'preact/hooks';
import type { ContactKey } from '../../domain/tracking/edit-request';
import { CIVILITIES, COLLECTIVITY_TYPES } from '../../domain/tracking/vocabulary';
import { Field } from '../field';
import { server } from '../rpc';
import { useSubmission } from '../submission';
import { SubmitRow } from '../submit-row';
import type { TrackingOverview } from './load';

const EMPTY = {
  collectivity: '',
  collectivityType: '',
  service: '',
  contactName: '',
  civility: '',
  contactRole: '',
  phone: '',
  email: '',
  address: '',
};
type Fields = typeof EMPTY;
type Key = keyof Fields;

/** The text fields of a request's contact, shared with « Modifier la demande ». */
export const TEXT_FIELDS: readonly {
  key: ContactKey;
  label: string;
  hint?: string;
  mode?: 'tel' | 'email';
}[] = [
  { key: 'service', label: 'Service visé', hint: 'Par exemple : espaces verts, état civil, médiathèque.' },
  { key: 'contactName', label: 'Interlocuteur (nom)' },
  {
    key: 'contactRole',
    label: 'Fonction',
    hint: 'Par exemple : chef du service, directrice générale des services.',
  },
  { key: 'phone', label: 'Téléphone', mode: 'tel' },
  { key: 'email', label: 'Courriel', mode: 'email' },
  { key: 'address', label: 'Adresse' },
];

/** « Ajouter une demande »: a refused save keeps every field as typed. */
export function RequestForm({
  onAdded,
  heading = true,
}: {
  /** The list as it is now comes with the answer: no second call to show it. */
  onAdded(message: string, overview: TrackingOverview): void;
  heading?: boolean;
}) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const submission = useSubmission();
  const { errors, submit: send } = submission;
  const set = (key: Key) => (e: { currentTarget: { value: string } }) =>
    setFields({ ...fields, [key]: e.currentTarget.value });

  async function submit(event: Event) {
    event.preventDefault();
    await send(
      () =>
        server.addTrackingRequest({
          ...fields,
          collectivityType: fields.collectivityType as (typeof COLLECTIVITY_TYPES)[number] | '',
          civility: fields.civility as (typeof CIVILITIES)[number] | '',
        }),
      (added) => {
        setFields(EMPTY);
        onAdded(`Demande ${added.requestId} ajoutée (ligne ${added.row}).`, added.overview);
      },
    );
  }

  const input = (key: Key, mode?: 'tel' | 'email') => (
    <input
      id={`request-${key}`}
      type="text"
      inputMode={mode}
      value={fields[key]}
      aria-invalid={errors[key] ? 'true' : 'false'}
      aria-describedby={errors[key] ? `request-${key}-error` : undefined}
      onInput={set(key)}
    />
  );

  return (
    <form class="card" onSubmit={submit} noValidate aria-label="Ajouter une demande">
      {heading && <h2>Ajouter une demande</h2>}
      <Field id="request-collectivity" label="Collectivité" error={errors.collectivity}>
        {input('collectivity')}
      </Field>
      <Field id="request-collectivityType" label="Type" error={errors.collectivityType}>
        <select
          id="request-collectivityType"
          value={fields.collectivityType}
          onChange={set('collectivityType')}
        >
          <option value="">—</option>
          {COLLECTIVITY_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
      </Field>
      <Field id="request-civility" label="Civilité de l’interlocuteur" error={errors.civility}>
        <select id="request-civility" value={fields.civility} onChange={set('civility')}>
          <option value="">—</option>
          {CIVILITIES.map((civility) => (
            <option key={civility}>{civility}</option>
          ))}
        </select>
      </Field>
      {TEXT_FIELDS.map((f) => (
        <Field key={f.key} id={`request-${f.key}`} label={f.label} hint={f.hint} error={errors[f.key]}>
          {input(f.key, f.mode)}
        </Field>
      ))}
      <SubmitRow submission={submission} label="Ajouter la demande" busyLabel="Ajout…" />
    </form>
  );
}
