import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LetterContext, LetterKindToSend } from '../../server/letters/drafting';
import { server } from '../rpc';
import { loadTracking, type TrackingOverview } from '../tracking/load';
import { CallSheet } from './call-sheet';
import { LetterPanel } from './letter-panel';
import type { CallOutcome } from './words';
import './letters.css';

/**
 * « Contacter » (the guide’s step 6): for one request, first the call with its fiche d’appel,
 * then the letter. The request is chosen here; the section reloads it after each action.
 */
export function LettersSection() {
  const [overview, setOverview] = useState<TrackingOverview | null>(null);
  const [requestId, setRequestId] = useState('');
  const [context, setContext] = useState<LetterContext | null>(null);
  const [preferred, setPreferred] = useState<LetterKindToSend | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadTracking().then(
      (value) => {
        setOverview(value);
        setRequestId((current) => current || value.requests[0]?.requestId || '');
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  const load = useCallback((id: string) => {
    if (id === '') return;
    setError(null);
    server.getLetterContext({ requestId: id }).then(
      (result) => {
        if (result.ok) setContext(result.value);
        else {
          setContext(null);
          setError(result.message);
        }
      },
      (e: Error) => setError(e.message),
    );
  }, []);
  useEffect(() => load(requestId), [requestId]);

  const changed = (message: string, outcome?: CallOutcome) => {
    setNotice(message);
    // The call’s outcome says which letter comes next; otherwise the new step does.
    setPreferred(outcome === 'interested' ? 'request' : outcome === 'refused' ? 'thanksAfterRefusal' : null);
    load(requestId);
  };

  if (error && !overview) {
    return (
      <p class="notice notice--error" role="alert">
        {error}
      </p>
    );
  }
  if (!overview) return <p class="muted">Chargement…</p>;
  if (overview.requests.length === 0) {
    return (
      <div class="card">
        <h2>Contacter une collectivité</h2>
        <p>
          Ajoutez d’abord une demande dans « Suivi des demandes » : la fiche d’appel et les courriers en
          partent.
        </p>
      </div>
    );
  }
  return (
    <div class="letters">
      <div class="card field">
        <label for="letters-request">Demande</label>
        <select
          id="letters-request"
          value={requestId}
          onChange={(e) => {
            setNotice(null);
            setPreferred(null);
            setRequestId(e.currentTarget.value);
          }}
        >
          {overview.requests.map((r) => (
            <option key={r.requestId} value={r.requestId}>
              {r.requestId} — {r.collectivity}
              {r.service ? ` (${r.service})` : ''}
            </option>
          ))}
        </select>
        {context && (
          <p class="hint">
            Étape : <span class="tracking-step">{context.step}</span>
          </p>
        )}
      </div>
      {notice && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {context && context.requestId === requestId && (
        <>
          <CallSheet
            requestId={requestId}
            today={context.today}
            sheet={context.callSheet}
            onRecorded={changed}
          />
          <LetterPanel context={context} preferred={preferred ?? context.suggested} onChanged={changed} />
        </>
      )}
    </div>
  );
}
