import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommuneChoice, Proposal } from '../../domain/collectivites';
import type { SectionProps } from '../sections';
import { AnnuairePanel } from './annuaire-panel';
import { CommuneChoices } from './commune-choices';
import {
  type AddReport,
  addToTracking,
  type CollectivitesSearch,
  loadDefaults,
  type SearchFilters,
  search,
} from './load';
import { keyOf, ProposalList } from './proposal-list';
import { SearchForm } from './search-form';
import { KINDS, plural, SOURCE, typeset } from './words';
import './collectivites.css';

/**
 * « Collectivités »: search around a commune in the official data, tick the collectivités to
 * contact, add them to « Suivi des demandes ». The plan’s home commune and types fill the form.
 */
export function CollectivitesSection({ go }: SectionProps) {
  const [query, setQuery] = useState('');
  const [fromPlan, setFromPlan] = useState(false);
  const [filters, setFilters] = useState<SearchFilters>({ kinds: KINDS, minPopulation: 0 });
  const [result, setResult] = useState<CollectivitesSearch | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<AddReport | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // The answer starts below the form, out of sight in a short sidebar: bring it into view.
  useEffect(() => {
    if (result) resultRef.current?.scrollIntoView({ block: 'start' });
  }, [result]);

  useEffect(() => {
    loadDefaults().then(
      (defaults) => {
        setQuery((typed) => (typed === '' ? defaults.homeCommune : typed));
        setFromPlan(defaults.homeCommune !== '');
        if (defaults.kinds.length > 0) setFilters((f) => ({ ...f, kinds: defaults.kinds }));
      },
      // The form works without the plan: the person types a commune.
      () => undefined,
    );
  }, []);

  async function run(communeCode?: string, withFilters = filters) {
    if (withFilters.kinds.length === 0) {
      setError('Cochez au moins un type de collectivité.');
      return;
    }
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const found = await search(query, withFilters, communeCode);
      setResult(found);
      if (found.status === 'proposals') {
        // Ticks survive a change of filters for what is still listed.
        const listed = new Set(found.proposals.map(keyOf));
        setChecked((before) => new Set([...before].filter((key) => listed.has(key))));
      } else setChecked(new Set());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function changeFilters(next: SearchFilters) {
    setFilters(next);
    // The proposals on screen follow the filters at once, for the same commune.
    if (result?.status === 'proposals') void run(result.commune.code, next);
  }

  const choose = (choice: CommuneChoice) => {
    setQuery(choice.name);
    setFromPlan(false);
    void run(choice.code);
  };

  function toggle(proposal: Proposal, on: boolean) {
    const next = new Set(checked);
    if (on) next.add(keyOf(proposal));
    else next.delete(keyOf(proposal));
    setChecked(next);
  }

  async function add() {
    if (result?.status !== 'proposals') return;
    const chosen = result.proposals.filter((p) => checked.has(keyOf(p)));
    setBusy(true);
    setError(null);
    try {
      setReport(await addToTracking(chosen));
      setChecked(new Set());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="collectivites">
      <SearchForm
        query={query}
        filters={filters}
        busy={busy}
        fromPlan={fromPlan}
        onQuery={(typed) => {
          setQuery(typed);
          setFromPlan(false);
        }}
        onFilters={changeFilters}
        onSearch={() => void run()}
      />
      {error && (
        <p class="notice notice--error" role="alert">
          {typeset(error)}
        </p>
      )}
      <div ref={resultRef}>{result && <Result result={result} onChoose={choose} />}</div>
      {result?.status === 'proposals' && (
        <div class="card collectivites-result">
          <h2>Autour de {result.commune.name}</h2>
          <OtherMatches result={result} onChoose={choose} />
          {result.proposals.length === 0 ? (
            <p class="muted">Aucune collectivité ne correspond à ces filtres : élargissez-les.</p>
          ) : (
            <>
              <p class="hint">
                {typeset('Cochez celles que vous voulez contacter. ✉︎ : à qui adresser le courrier.')}
              </p>
              <ProposalList
                key={result.commune.code}
                proposals={result.proposals}
                checked={checked}
                onToggle={toggle}
              />
            </>
          )}
          {result.filteredOut > 0 && (
            <p class="hint">
              {plural(result.filteredOut, 'collectivité masquée', 'collectivités masquées')} par les filtres.
            </p>
          )}
          <div class="collectivites-actions">
            <button
              type="button"
              class="button button--primary"
              disabled={busy || checked.size === 0}
              onClick={() => void add()}
            >
              {checked.size === 0 ? 'Ajouter au suivi' : `Ajouter au suivi (${checked.size})`}
            </button>
            {report && (
              <div class="notice notice--success" role="status">
                <p>{typeset(report.message)}</p>
                {report.added.length > 0 && (
                  <button type="button" class="link" onClick={() => go('suivi')}>
                    Voir le suivi des demandes
                  </button>
                )}
              </div>
            )}
          </div>
          <p class="hint">{SOURCE}</p>
        </div>
      )}
      <AnnuairePanel />
    </div>
  );
}

/** Homonyms to choose from, or the French message and close names. */
function Result({
  result,
  onChoose,
}: {
  result: CollectivitesSearch;
  onChoose(choice: CommuneChoice): void;
}) {
  if (result.status === 'choose') {
    return (
      <div class="card">
        <p class="collectivites-message" role="status">
          {typeset(result.message)}
        </p>
        <CommuneChoices choices={result.choices} onChoose={onChoose} label="Communes possibles" />
      </div>
    );
  }
  if (result.status === 'notFound') {
    return (
      <div class="card">
        <p class="collectivites-message" role="status">
          {typeset(result.message)}
        </p>
        {result.suggestions.length > 0 && (
          <CommuneChoices choices={result.suggestions} onChoose={onChoose} label="Communes proches" />
        )}
      </div>
    );
  }
  return null;
}

/** The commune whose INSEE code is the postal code typed, in case that is what the person meant. */
function OtherMatches({
  result,
  onChoose,
}: {
  result: Extract<CollectivitesSearch, { status: 'proposals' }>;
  onChoose(choice: CommuneChoice): void;
}) {
  const [other] = result.otherMatches;
  if (!other) return null;
  return (
    <p class="hint collectivites-other">
      {typeset(`Vous pensiez au code INSEE ${other.code} ?`)}{' '}
      <button type="button" class="link" onClick={() => onChoose(other)}>
        Voir {other.label}
      </button>
    </p>
  );
}
