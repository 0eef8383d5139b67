import { useState } from 'preact/hooks';
import { addDays } from '../../domain/tracking/calendar';
import type { RecapMade } from '../../server/recap/recap';
import { Field } from '../field';
import { server } from '../rpc';
import { type Status, StatusNotice } from '../status';

/** Today as the person's browser sees it, « yyyy-mm-dd ». */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * « Récapitulatif de mes démarches »: for a period, a Google Doc to bring or send to the
 * counsellor, or (if Docs is refused, or by choice) a new sheet of the workbook.
 */
export function RecapCard() {
  const today = localToday();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [made, setMade] = useState<RecapMade | null>(null);

  async function make(format: 'doc' | 'sheet') {
    setStatus({ kind: 'busy' });
    setMade(null);
    try {
      const result = await server.makeRecap({ from, to, format });
      if (!result.ok) {
        setErrors(result.fields);
        return setStatus({ kind: 'error', message: result.message });
      }
      setErrors({});
      setMade(result.value);
      setStatus({ kind: 'done', message: result.value.message });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  }

  const busy = status.kind === 'busy';
  return (
    <div class="card" data-testid="recap-card">
      <h2>Récapitulatif de mes démarches</h2>
      <p class="hint">
        Pour un rendez-vous avec votre conseiller ou conseillère France Travail : chaque démarche de la
        période, jour par jour (collectivité, personne, ce qui a été fait, la réponse, le motif d’un refus),
        et vos demandes par étape.
      </p>
      <Field id="recap-from" label="Du" error={errors.from}>
        <input
          id="recap-from"
          type="date"
          value={from}
          aria-invalid={errors.from ? 'true' : 'false'}
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
      </Field>
      <Field id="recap-to" label="Au" error={errors.to}>
        <input
          id="recap-to"
          type="date"
          value={to}
          aria-invalid={errors.to ? 'true' : 'false'}
          onInput={(e) => setTo(e.currentTarget.value)}
        />
      </Field>
      <button type="button" class="button button--primary" disabled={busy} onClick={() => make('doc')}>
        {busy ? 'Préparation…' : 'Créer le récapitulatif dans Google Docs'}
      </button>
      <p class="hint">
        Google Docs n’est pas disponible ou vous préférez le classeur ?{' '}
        <button type="button" class="link" disabled={busy} onClick={() => make('sheet')}>
          Créer plutôt une feuille du classeur
        </button>
      </p>
      <StatusNotice status={status} />
      {made?.url && (
        <p>
          <a href={made.url} target="_blank" rel="noreferrer" data-testid="recap-link">
            Ouvrir « {made.title} »
          </a>
        </p>
      )}
    </div>
  );
}
