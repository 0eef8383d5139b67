import { useEffect, useState } from 'preact/hooks';
import type { AnnuaireView } from '../../server/collectivites/annuaire';
import { server } from '../rpc';
import { type Status, StatusNotice } from '../status';

/**
 * The opt-in completion from the Annuaire de l'administration: what is sent, what comes back and
 * the extra permission are said before it is turned on; then one button per request with an INSEE code.
 */
export function AnnuairePanel() {
  const [view, setView] = useState<AnnuaireView | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const load = () =>
    server.getAnnuaire({}).then(
      (result) => (result.ok ? setView(result.value) : setStatus({ kind: 'error', message: result.message })),
      (e: Error) => setStatus({ kind: 'error', message: e.message }),
    );
  useEffect(() => {
    load();
  }, []);

  async function toggle(enabled: boolean) {
    setStatus({ kind: 'busy' });
    try {
      const result = await server.saveAnnuaireSettings({ enabled });
      if (!result.ok) return setStatus({ kind: 'error', message: result.message });
      setView(result.value);
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  }

  async function complete(requestId: string) {
    setStatus({ kind: 'busy' });
    try {
      const result = await server.completeRequestFromAnnuaire({ requestId });
      setStatus(
        result.ok
          ? { kind: 'done', message: result.value.message }
          : { kind: 'error', message: result.message },
      );
      if (result.ok) await load();
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  }

  if (!view) return null;
  const busy = status.kind === 'busy';
  return (
    <details class="card" data-testid="annuaire">
      <summary>Compléter les coordonnées depuis l’Annuaire de l’administration</summary>
      <p class="hint">
        Facultatif. Pour une demande dont la colonne « Code (INSEE/SIREN) » contient le code INSEE d’une
        commune, le module demande à l’Annuaire de l’administration (Service-Public.gouv.fr) le téléphone,
        l’adresse et l’adresse de courriel de la mairie. Seul le code INSEE est envoyé, rien d’autre du
        classeur. Seules les colonnes Téléphone, Courriel et Adresse restées vides sont remplies ; la source
        est notée dans « Notes ».
      </p>
      <p class="hint">
        Elle utilise l’autorisation « se connecter à un service externe », demandée par Google à
        l’installation du module : elle ne sert qu’à cela, et rien n’est envoyé tant que la case est décochée.
      </p>
      <label>
        <input
          type="checkbox"
          checked={view.settings.enabled}
          disabled={busy}
          onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Compléter les coordonnées depuis l’Annuaire de l’administration
      </label>
      {view.settings.enabled &&
        (view.requests.length === 0 ? (
          <p class="muted">Aucune demande n’a de code INSEE de commune.</p>
        ) : (
          <ul class="tracking-list">
            {view.requests.map((r) => (
              <li key={r.requestId}>
                <strong>{r.requestId}</strong> {r.collectivity}{' '}
                {r.missing.length === 0 ? (
                  <span class="muted">(coordonnées déjà remplies)</span>
                ) : (
                  <button type="button" class="link" disabled={busy} onClick={() => complete(r.requestId)}>
                    Compléter ({r.missing.join(', ')})
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}
      <StatusNotice status={status} />
      <p class="hint">Source : Service-Public.gouv.fr / DILA (Licence Ouverte 2.0).</p>
    </details>
  );
}
