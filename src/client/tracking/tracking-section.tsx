import { useCallback, useEffect, useState } from 'preact/hooks';
import { frenchDate } from '../../domain/french';
import { ConventionCard } from '../convention/convention-card';
import { server } from '../rpc';
import { ActionForm } from './action-form';
import { EditRequestForm } from './edit-form';
import { ImportFlow } from './import-flow';
import { loadTracking, type TrackingOverview } from './load';
import { RequestForm } from './request-form';
import { plural } from './words';
import './tracking.css';

/** « Suivi des demandes »: what to do today first, then the requests and the forms. */
export function TrackingSection() {
  const [overview, setOverview] = useState<TrackingOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [preselected, setPreselected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const refresh = useCallback(() => {
    loadTracking().then(
      (value) => {
        setOverview(value);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  }, []);
  useEffect(refresh, []);

  // An action's answer carries the list as it is now: shown as is, without asking the server again.
  const done = (message: string, refreshed?: TrackingOverview) => {
    setNotice(message);
    if (refreshed) {
      setOverview(refreshed);
      setError(null);
    } else refresh();
  };

  async function create() {
    setCreating(true);
    try {
      const result = await server.setUpTrackingTable({});
      if (result.ok) done(result.value.message, result.value.overview);
      else setError(result.message);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setCreating(false);
    }
  }

  if (error && !overview) {
    return (
      <p class="notice notice--error" role="alert">
        {error}
      </p>
    );
  }
  if (!overview) return <p class="muted">Chargement du suivi…</p>;

  return (
    <div class="tracking">
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
      {!overview.exists ? (
        <div class="card">
          <h2>Suivi des demandes</h2>
          <p>
            Le guide conseille de mener plusieurs demandes à la fois et de tenir un tableau : dates, personnes
            contactées, démarches, motifs de refus. Le module crée ce tableau et son journal dans le classeur.
          </p>
          <button type="button" class="button button--primary" disabled={creating} onClick={create}>
            {creating ? 'Création…' : 'Créer le tableau de suivi'}
          </button>
        </div>
      ) : (
        <>
          <FollowUps overview={overview} onChoose={setPreselected} />
          <RequestList overview={overview} />
          <ConventionCard requests={overview.requests} />
          <ActionForm overview={overview} preselected={preselected} onRecorded={done} />
          <details class="card tracking-more">
            <summary>Ajouter une demande</summary>
            <RequestForm onAdded={done} heading={false} />
          </details>
          <details class="card tracking-more">
            <summary>Modifier une demande</summary>
            <EditRequestForm overview={overview} onSaved={done} />
          </details>
          <p class="hint">
            Une colonne a disparu ou les couleurs ne s’affichent plus ?{' '}
            <button type="button" class="link" disabled={creating} onClick={create}>
              Réparer le tableau de suivi
            </button>
          </p>
        </>
      )}
      <ImportFlow
        onImported={(refreshed) => {
          setOverview(refreshed);
          setError(null);
        }}
      />
    </div>
  );
}

function FollowUps({ overview, onChoose }: { overview: TrackingOverview; onChoose(id: string): void }) {
  const today = frenchDate(overview.today);
  if (overview.followUps.length === 0) {
    return (
      <div class="card" data-testid="follow-ups">
        <h2>À faire aujourd’hui</h2>
        <p class="muted">Aucune relance à faire le {today}.</p>
      </div>
    );
  }
  return (
    <div class="card tracking-due" data-testid="follow-ups">
      <h2>À faire aujourd’hui ({overview.followUps.length})</h2>
      <ul class="tracking-list">
        {overview.followUps.map((f) => (
          <li key={`${f.requestId}-${f.row}`}>
            <strong>{f.requestId}</strong> {f.summary}
            <ul class="tracking-suggestions">
              {f.suggestions.map((s) => (
                <li key={s}>{keepNumbersTogether(s)}</li>
              ))}
            </ul>
            {f.requestId && (
              <button type="button" class="link" onClick={() => onChoose(f.requestId)}>
                Noter la démarche faite
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function RequestList({ overview }: { overview: TrackingOverview }) {
  const count = overview.requests.length;
  return (
    <div class="card">
      <h2>Mes demandes ({count})</h2>
      {count === 0 ? (
        <p class="muted">Aucune demande pour l’instant : ajoutez-en une ci-dessous.</p>
      ) : (
        <>
          {count < 3 && (
            <p class="hint">
              Le guide conseille de ne pas se limiter à une seule demande :{' '}
              {plural(count, 'demande', 'demandes')} pour l’instant.
            </p>
          )}
          <ul class="tracking-list" data-testid="request-list">
            {overview.requests.map((r) => (
              <li key={`${r.requestId}-${r.row}`}>
                <span class="tracking-id">{r.requestId || `Ligne ${r.row}`}</span> {r.collectivity}
                {r.service && <span class="muted"> — {r.service}</span>}
                <br />
                <span class="tracking-step">{r.step || 'À contacter'}</span>
                {r.nextFollowUpDate && (
                  <span class="muted"> · relance le {frenchDate(r.nextFollowUpDate)}</span>
                )}
                {r.refusalReason && <span class="muted"> · {r.refusalReason}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** « 04 72 10 30 30 » never split over two lines of a 300 px sidebar. */
function keepNumbersTogether(text: string): string {
  return text.replace(/(\d) (?=\d)/g, '$1\u00a0');
}
