import { useEffect, useState } from 'preact/hooks';
import type { ActionKind } from '../../domain/tracking/transitions';
import { REFUSAL_REASONS } from '../../domain/tracking/vocabulary';
import { Field } from '../field';
import { server } from '../rpc';
import { useSubmission } from '../submission';
import { SubmitRow } from '../submit-row';
import type { TrackingOverview } from './load';
import { ACTION_LABELS, ACTION_ORDER, DONE_WORDS } from './words';

/** The request list’s value for « the row selected in the sheet ». */
const SELECTED_ROW = '';

interface Props {
  overview: TrackingOverview;
  /** The request chosen from a follow-up (« Noter une démarche »), if any. */
  preselected: string | null;
  /** The list as it is now comes with the answer: no second call to show it. */
  onRecorded(message: string, overview: TrackingOverview): void;
}

/** « Noter une démarche »: type, date (today by default), detail, and the reason of a refusal. */
export function ActionForm({ overview, preselected, onRecorded }: Props) {
  const [requestId, setRequestId] = useState(preselected ?? overview.requests[0]?.requestId ?? SELECTED_ROW);
  const [kind, setKind] = useState<ActionKind>('call');
  const [date, setDate] = useState(overview.today);
  const [detail, setDetail] = useState('');
  const [refusalReason, setRefusalReason] = useState('');
  const submission = useSubmission();
  const { errors, submit: send } = submission;

  // Chosen from « À faire aujourd’hui »: that request, a relance, and the form in view.
  useEffect(() => {
    if (preselected === null) return;
    setRequestId(preselected);
    setKind('followUp');
    document.getElementById('action-kind')?.focus();
  }, [preselected]);

  async function submit(event: Event) {
    event.preventDefault();
    await send(
      () =>
        server.recordTrackingAction({
          requestId,
          kind,
          date,
          detail,
          refusalReason: kind === 'negativeAnswer' ? refusalReason : undefined,
        }),
      (recorded) => {
        setDetail('');
        setRefusalReason('');
        onRecorded(
          `Noté pour ${recorded.requestId || `la ligne ${recorded.row}`}\u00a0: ${DONE_WORDS[kind]}. Étape\u00a0: «\u00a0${recorded.step}\u00a0».`,
          recorded.overview,
        );
      },
    );
  }

  const described = (key: string) => (errors[key] ? `action-${key}-error` : undefined);
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="action-form-title">
      <h2 id="action-form-title">Noter une démarche</h2>
      <Field id="action-requestId" label="Demande" error={errors.requestId}>
        <select
          id="action-requestId"
          value={requestId}
          aria-describedby={described('requestId')}
          onChange={(e) => setRequestId(e.currentTarget.value)}
        >
          {overview.requests.map((r) => (
            <option key={r.requestId} value={r.requestId}>
              {r.requestId} — {r.collectivity}
            </option>
          ))}
          <option value={SELECTED_ROW}>La ligne sélectionnée dans la feuille</option>
        </select>
      </Field>
      <Field id="action-kind" label="Démarche" error={errors.kind}>
        <select id="action-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as ActionKind)}>
          {ACTION_ORDER.map((k) => (
            <option key={k} value={k}>
              {ACTION_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="action-date" label="Date" error={errors.date}>
        <input
          id="action-date"
          type="date"
          value={date}
          max={overview.today}
          aria-invalid={errors.date ? 'true' : 'false'}
          aria-describedby={described('date')}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
      </Field>
      {kind === 'negativeAnswer' && (
        <Field id="action-refusalReason" label="Motif du refus" error={errors.refusalReason}>
          <select
            id="action-refusalReason"
            value={refusalReason}
            aria-invalid={errors.refusalReason ? 'true' : 'false'}
            aria-describedby={described('refusalReason')}
            onChange={(e) => setRefusalReason(e.currentTarget.value)}
          >
            <option value="">Choisissez le motif…</option>
            {REFUSAL_REASONS.map((reason) => (
              <option key={reason}>{reason}</option>
            ))}
          </select>
        </Field>
      )}
      <Field
        id="action-detail"
        label={kind === 'note' ? 'Note' : 'Détail (facultatif)'}
        hint="Ce qui a été dit, le nom de la personne jointe, ce qui est convenu."
        error={errors.detail}
      >
        <textarea
          id="action-detail"
          rows={3}
          value={detail}
          aria-invalid={errors.detail ? 'true' : 'false'}
          aria-describedby={described('detail')}
          onInput={(e) => setDetail(e.currentTarget.value)}
        />
      </Field>
      <SubmitRow submission={submission} label="Noter la démarche" />
    </form>
  );
}
