import { useState } from 'preact/hooks';
import type { RequestSummary } from '../../server/tracking/requests';
import { ConventionForm } from './convention-form';
import './convention.css';

export const ACCEPTED_STEP = 'Stage accepté';

/**
 * After « Stage accepté »: each accepted request offers « Préparer ma convention », which
 * opens the short form below it. Shown in « Suivi des demandes », where the acceptance is noted.
 */
export function ConventionCard({ requests }: { requests: readonly RequestSummary[] }) {
  const accepted = requests.filter((r) => r.step === ACCEPTED_STEP && r.requestId !== '');
  const [open, setOpen] = useState<string | null>(null);
  if (accepted.length === 0) return null;
  return (
    <div class="card convention" data-testid="convention-card">
      <h2>Après un oui : la convention</h2>
      <p class="hint">
        La PMSMP se conclut par une convention entre vous, la collectivité et votre conseiller ou conseillère.
        Le module prépare la demande sur Immersion Facilitée, le site de l’État prévu pour cela : vous
        l’ouvrez, vérifiez, complétez et l’envoyez vous-même.
      </p>
      <ul class="convention-requests">
        {accepted.map((r) => (
          <li key={r.requestId}>
            <span class="tracking-id">{r.requestId}</span> {r.collectivity}
            {open === r.requestId ? (
              <ConventionForm requestId={r.requestId} onClose={() => setOpen(null)} />
            ) : (
              <button type="button" class="button" onClick={() => setOpen(r.requestId)}>
                Préparer ma convention
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
