import { useState } from 'preact/hooks';
import type { LetterBlock } from '../../domain/letters/types';
import { OTHER_REFUSAL_REASON, REFUSAL_REASONS } from '../../domain/tracking/vocabulary';
import { server } from '../rpc';
import { CALL_OUTCOMES, type CallOutcome } from './words';

interface Props {
  requestId: string;
  today: string;
  sheet: { blocks: readonly LetterBlock[] } | { message: string };
  /** After an outcome is recorded: the message to show and, for « intéressé », the letter to draft. */
  onRecorded(message: string, outcome: CallOutcome): void;
}

/** The fiche d’appel: what to say and ask, read from the plan; then the call’s outcome in one click. */
export function CallSheet({ requestId, today, sheet, onRecorded }: Props) {
  const [notes, setNotes] = useState('');
  const [reason, setReason] = useState('');
  const [refusing, setRefusing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function record(outcome: CallOutcome) {
    setBusy(true);
    setError(null);
    const detail = [CALL_OUTCOMES[outcome].detail, notes.trim()].filter((part) => part !== '').join(' ');
    try {
      // A call with no answer is no exchange: only a note, the step and dates stay. A refusal
      // at the call is one entry (the answer is the contact), never a call recorded alone.
      const result = await server.recordTrackingAction(
        outcome === 'refused'
          ? { requestId, kind: 'negativeAnswer', date: today, refusalReason: reason, detail: notes.trim() }
          : { requestId, kind: outcome === 'noAnswer' ? 'note' : 'call', date: today, detail },
      );
      if (!result.ok) throw new Error(result.message);
      setNotes('');
      setRefusing(false);
      onRecorded(CALL_OUTCOMES[outcome].done, outcome);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function saveAsDoc() {
    setBusy(true);
    setError(null);
    try {
      const result = await server.saveCallSheet({ requestId });
      if (result.ok) setSaved(result.value.url);
      else setError(result.message);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if ('message' in sheet) {
    return (
      <div class="card">
        <h2>Fiche d’appel</h2>
        <p class="notice notice--error">{sheet.message}</p>
      </div>
    );
  }
  const refusalReady = reason !== '' && (reason !== OTHER_REFUSAL_REASON || notes.trim() !== '');
  return (
    <div class="card letters-call" data-testid="call-sheet">
      <h2>Fiche d’appel</h2>
      {sheet.blocks.map((block, index) =>
        block.kind === 'heading' ? (
          index === 0 ? (
            <p key={index} class="letters-call-title">
              {block.lines[0]}
            </p>
          ) : (
            <h3 key={index}>{block.lines[0]}</h3>
          )
        ) : block.kind === 'list' ? (
          <ul key={index}>
            {block.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>{block.lines.join(' ')}</p>
        ),
      )}
      <h3>Après l’appel</h3>
      <label for="call-notes">Ce qui a été dit (facultatif)</label>
      <textarea id="call-notes" rows={2} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      <div class="letters-actions">
        <button
          type="button"
          class="button button--primary"
          disabled={busy}
          onClick={() => record('interested')}
        >
          {CALL_OUTCOMES.interested.label}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => record('noAnswer')}>
          {CALL_OUTCOMES.noAnswer.label}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => setRefusing(!refusing)}>
          {CALL_OUTCOMES.refused.label}…
        </button>
      </div>
      {refusing && (
        <div class="field">
          <label for="call-refusal">Motif du refus</label>
          <select id="call-refusal" value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
            <option value="">Choisissez le motif…</option>
            {REFUSAL_REASONS.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          {reason === OTHER_REFUSAL_REASON && (
            <p class="hint">Précisez le motif dans « Ce qui a été dit ».</p>
          )}
          <button
            type="button"
            class="button button--primary"
            disabled={busy || !refusalReady}
            onClick={() => record('refused')}
          >
            Noter le refus
          </button>
        </div>
      )}
      <p class="hint">
        <button type="button" class="link" disabled={busy} onClick={saveAsDoc}>
          Enregistrer la fiche en Google Doc
        </button>
        {saved && (
          <>
            {' '}
            <a href={saved} target="_blank" rel="noreferrer">
              Ouvrir la fiche
            </a>
          </>
        )}
      </p>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
