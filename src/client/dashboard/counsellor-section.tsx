import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { COUNSELLOR_EMAIL_MESSAGE } from '../../domain/settings';
import type { CounsellorView } from '../../server/dashboard/api';
import type { DashboardSummary } from '../../server/dashboard/refresh';
import { Field } from '../field';
import './dashboard.css';
import { RecapCard } from '../recap/recap-card';
import { server } from '../rpc';
import { type Status, StatusNotice } from '../status';

function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)} %`;
}

function DashboardCard() {
  const [summary, setSummary] = useState<DashboardSummary | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function refresh() {
    setStatus({ kind: 'busy' });
    try {
      const result = await server.refreshDashboard({});
      if (!result.ok) return setStatus({ kind: 'error', message: result.message });
      setSummary(result.value);
      setStatus({ kind: 'done', message: result.value.message });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  }

  return (
    <div class="card">
      <h2>Tableau de bord</h2>
      <p class="hint">
        Une feuille lisible par votre conseiller ou conseillère, même sans le module : demandes en cours,
        relances, taux de réponse, motifs de refus, avec deux graphiques.
      </p>
      <button
        type="button"
        class="button button--primary"
        disabled={status.kind === 'busy'}
        onClick={refresh}
      >
        {status.kind === 'busy' ? 'Actualisation…' : 'Actualiser le tableau de bord'}
      </button>
      <StatusNotice status={status} />
      {summary && (
        <dl class="figures" data-testid="dashboard-figures">
          <dt>Demandes en cours</dt>
          <dd>{summary.inProgress}</dd>
          <dt>Relances à faire</dt>
          <dd>{summary.followUpsDueToday + summary.followUpsOverdue}</dd>
          <dt>Taux de réponse</dt>
          <dd>{percent(summary.responseRate)}</dd>
        </dl>
      )}
      {summary?.inProgressWarning && <p class="notice notice--warning">{summary.inProgressWarning}</p>}
    </div>
  );
}

function SharingCard({ view, onShared }: { view: CounsellorView; onShared(): void }) {
  const [email, setEmail] = useState(view.counsellorEmail);
  const [confirming, setConfirming] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function share() {
    setStatus({ kind: 'busy' });
    try {
      const result = await server.shareWithCounsellor({ email, confirmed: true });
      setConfirming(false);
      if (!result.ok) {
        setFieldError(result.fields.email);
        return setStatus({ kind: 'error', message: result.message });
      }
      setFieldError(undefined);
      setStatus({ kind: 'done', message: result.value.message });
      onShared();
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  }

  /** The address is checked before the confirmation is asked, not after « Oui, partager ». */
  function askToConfirm() {
    const typed = email.trim();
    if (!z.regexes.email.test(typed)) {
      setFieldError(COUNSELLOR_EMAIL_MESSAGE);
      setStatus({ kind: 'idle' });
      document.getElementById('counsellorEmail')?.focus();
      return;
    }
    setFieldError(undefined);
    setConfirming(true);
  }

  // The name known for the counsellor belongs to the address known: another address typed is
  // someone the add-on does not know by name.
  const sameAddress = email.trim().toLowerCase() === view.counsellorEmail.trim().toLowerCase();
  const who = (sameAddress && view.counsellorName) || 'votre conseiller ou conseillère';
  return (
    <div class="card">
      <h2>Partager avec {who}</h2>
      {view.shared ? (
        <p class="notice notice--success">Le classeur est partagé avec {view.counsellorEmail}.</p>
      ) : (
        <>
          <p class="hint">
            Il ou elle pourra lire et modifier tout le classeur, et vous répondre dans la colonne
            « Commentaire du conseiller ». Les en-têtes et les numéros des demandes seront protégés par un
            simple avertissement : personne n’est bloqué, chacun est prévenu avant de casser la structure.
          </p>
          <Field
            id="counsellorEmail"
            label="Courriel du conseiller ou de la conseillère"
            hint={view.emailSource === 'plan' ? 'Adresse reprise de votre plan de stage.' : undefined}
            error={fieldError}
          >
            <input
              id="counsellorEmail"
              type="email"
              value={email}
              aria-invalid={fieldError ? 'true' : 'false'}
              aria-describedby={fieldError ? 'counsellorEmail-error' : undefined}
              onInput={(e) => {
                setEmail(e.currentTarget.value);
                setConfirming(false);
              }}
            />
          </Field>
          {confirming ? (
            <fieldset class="confirm" aria-label="Confirmer le partage">
              <p>
                Partager ce classeur avec <strong>{email.trim()}</strong>
                {'\u00a0'}? Cette personne pourra le lire et le modifier.
              </p>
              <button
                type="button"
                class="button button--primary"
                disabled={status.kind === 'busy'}
                onClick={share}
              >
                Oui, partager
              </button>{' '}
              <button type="button" class="button" onClick={() => setConfirming(false)}>
                Annuler
              </button>
            </fieldset>
          ) : (
            <button
              type="button"
              class="button button--primary"
              disabled={email.trim() === ''}
              onClick={askToConfirm}
            >
              Partager le classeur…
            </button>
          )}
        </>
      )}
      <StatusNotice status={status} />
    </div>
  );
}

/** « Conseiller »: the dashboard, the recap of the démarches, and sharing the workbook with the counsellor. */
export function CounsellorSection() {
  const [view, setView] = useState<CounsellorView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    server.getCounsellor({}).then(
      (result) => (result.ok ? setView(result.value) : setError(result.message)),
      (e: Error) => setError(e.message),
    );
  useEffect(() => {
    load();
  }, []);

  return (
    <>
      <DashboardCard />
      <RecapCard />
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {view ? <SharingCard view={view} onShared={load} /> : !error && <p class="muted">Chargement…</p>}
    </>
  );
}
