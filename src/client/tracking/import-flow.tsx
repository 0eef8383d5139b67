import { useState } from 'preact/hooks';
import { REQUEST_COLUMNS } from '../../domain/tracking/columns';
import type { ImportTarget } from '../../domain/tracking/import-mapping';
import type { ImportCandidate, ImportReport } from '../../server/tracking/import-table';
import { server } from '../rpc';
import type { TrackingOverview } from './load';
import { KEEP_IN_NOTES, plural } from './words';

const TARGETS = REQUEST_COLUMNS.filter((c) => c.key !== 'requestId') as readonly {
  key: ImportTarget;
  header: string;
}[];

type Step =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'none' }
  | { kind: 'choose'; candidates: ImportCandidate[] }
  | { kind: 'importing'; candidates: ImportCandidate[] }
  | { kind: 'done'; report: ImportReport };

/** Adopting an existing table: choose the sheet, confirm the mapping, read the report. */
export function ImportFlow({ onImported }: { onImported(overview: TrackingOverview): void }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [sheetName, setSheetName] = useState('');
  const [targets, setTargets] = useState<Record<string, Record<number, ImportTarget | null>>>({});
  const [error, setError] = useState<string | null>(null);

  async function search() {
    setStep({ kind: 'searching' });
    setError(null);
    try {
      const result = await server.findTrackingImports({});
      if (!result.ok) throw new Error(result.message);
      const candidates = result.value;
      if (candidates.length === 0) return setStep({ kind: 'none' });
      setSheetName(candidates[0]?.sheetName ?? '');
      setTargets(
        Object.fromEntries(
          candidates.map((c) => [
            c.sheetName,
            Object.fromEntries(c.columns.map((col) => [col.column, col.target])),
          ]),
        ),
      );
      setStep({ kind: 'choose', candidates });
    } catch (e) {
      setError((e as Error).message);
      setStep({ kind: 'idle' });
    }
  }

  if (step.kind === 'idle' || step.kind === 'searching' || step.kind === 'none') {
    return (
      <div class="card">
        <h2>Reprendre un tableau existant</h2>
        <p class="hint">
          Vous suiviez déjà vos démarches dans une autre feuille ? Le module peut en recopier les lignes ici ;
          la feuille d’origine reste telle quelle.
        </p>
        <button type="button" class="button" disabled={step.kind === 'searching'} onClick={search}>
          {step.kind === 'searching' ? 'Recherche…' : 'Chercher un tableau à reprendre'}
        </button>
        {step.kind === 'none' && (
          <p class="notice" role="status">
            Aucune feuille du classeur ne ressemble à un tableau de suivi (il faut au moins une colonne pour
            l’organisme et des dates, une étape ou des contacts).
          </p>
        )}
        {error && (
          <p class="notice notice--error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }

  if (step.kind === 'done') {
    const { report } = step;
    return (
      <div class="card" role="status">
        <h2>Reprise terminée</h2>
        <p class="notice notice--success">
          {report.imported === 0
            ? report.alreadyInTable > 0
              ? `Rien de nouveau à reprendre\u00a0: les lignes de « ${report.sheetName} » sont déjà dans le suivi.`
              : 'Aucune ligne à reprendre\u00a0: la feuille ne contient que son en-tête.'
            : `${plural(report.imported, 'demande reprise', 'demandes reprises')} de « ${report.sheetName} »` +
              (report.firstRequestId === report.lastRequestId
                ? ` (${report.firstRequestId}).`
                : ` (${report.firstRequestId} à ${report.lastRequestId}).`)}
        </p>
        {report.imported > 0 && report.alreadyInTable > 0 && (
          <p>
            {plural(
              report.alreadyInTable,
              'ligne déjà présente dans le suivi n’a pas été recopiée.',
              'lignes déjà présentes dans le suivi n’ont pas été recopiées.',
            )}
          </p>
        )}
        {report.problems.length > 0 && (
          <>
            <p>
              {plural(report.problems.length, 'valeur n’a pas pu être lue', 'valeurs n’ont pas pu être lues')}{' '}
              :
            </p>
            <ul class="tracking-problems">
              {report.problems.map((p) => (
                <li key={`${p.row}-${p.column}`}>
                  Ligne {p.row}, colonne « {p.header} » : « {p.value} ». {p.reason}
                </li>
              ))}
            </ul>
          </>
        )}
        <button type="button" class="button" onClick={() => setStep({ kind: 'idle' })}>
          Fermer
        </button>
      </div>
    );
  }

  const candidate = step.candidates.find((c) => c.sheetName === sheetName) ?? step.candidates[0];
  const mapping = targets[sheetName] ?? {};
  const setTarget = (column: number, value: string) =>
    setTargets({
      ...targets,
      [sheetName]: { ...mapping, [column]: value === '' ? null : (value as ImportTarget) },
    });

  async function confirm() {
    if (!candidate) return;
    setError(null);
    setStep({ kind: 'importing', candidates: step.kind === 'choose' ? step.candidates : [] });
    try {
      const columns = candidate.columns.map((c) => ({ column: c.column, target: mapping[c.column] ?? null }));
      const result = await server.importTrackingTable({ sheetName: candidate.sheetName, columns });
      if (!result.ok) {
        setError(result.message);
        setStep({ kind: 'choose', candidates: step.kind === 'choose' ? step.candidates : [] });
        return;
      }
      setStep({ kind: 'done', report: result.value });
      onImported(result.value.overview);
    } catch (e) {
      setError((e as Error).message);
      setStep({ kind: 'choose', candidates: step.kind === 'choose' ? step.candidates : [] });
    }
  }

  return (
    <div class="card">
      <h2>Reprendre un tableau existant</h2>
      <div class="field">
        <label for="import-sheet">Feuille à reprendre</label>
        <select id="import-sheet" value={sheetName} onChange={(e) => setSheetName(e.currentTarget.value)}>
          {step.candidates.map((c) => (
            <option key={c.sheetName} value={c.sheetName}>
              {c.sheetName} ({plural(c.rowCount, 'ligne', 'lignes')})
            </option>
          ))}
        </select>
      </div>
      {candidate && candidate.alreadyInTable > 0 && (
        <p class="notice" role="status">
          {plural(
            candidate.alreadyInTable,
            'ligne de cette feuille est déjà dans le suivi',
            'lignes de cette feuille sont déjà dans le suivi',
          )}
          {'\u00a0'}: seules les autres seront reprises.
        </p>
      )}
      <p class="hint">Vérifiez où va chaque colonne, puis confirmez.</p>
      {candidate?.columns.map((c) => (
        <div class="field" key={c.column}>
          <label for={`import-column-${c.column}`}>« {c.header || 'Sans titre'} » va dans</label>
          <select
            id={`import-column-${c.column}`}
            value={mapping[c.column] ?? ''}
            onChange={(e) => setTarget(c.column, e.currentTarget.value)}
          >
            <option value="">{KEEP_IN_NOTES}</option>
            {TARGETS.map((t) => (
              <option key={t.key} value={t.key}>
                {t.header}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button
        type="button"
        class="button button--primary"
        disabled={step.kind === 'importing'}
        onClick={confirm}
      >
        {step.kind === 'importing' ? 'Reprise…' : `Reprendre les lignes de « ${candidate?.sheetName ?? ''} »`}
      </button>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
