import type { ProposalKind } from '../../domain/collectivites';
import { Field } from '../field';
import type { SearchFilters } from './load';
import { KIND_LABELS, KINDS, MIN_POPULATIONS, typeset } from './words';

interface Props {
  query: string;
  filters: SearchFilters;
  busy: boolean;
  /** True when the query was filled from « Mon plan ». */
  fromPlan: boolean;
  onQuery(query: string): void;
  onFilters(filters: SearchFilters): void;
  onSearch(): void;
}

/** The commune to search around, and the filters of the proposals. */
export function SearchForm({ query, filters, busy, fromPlan, onQuery, onFilters, onSearch }: Props) {
  const toggle = (kind: ProposalKind, on: boolean) =>
    onFilters({
      ...filters,
      // Kept in the data’s order, whatever the order of the clicks.
      kinds: KINDS.filter((k) => (k === kind ? on : filters.kinds.includes(k))),
    });
  return (
    <form
      class="card"
      aria-label="Chercher des collectivités"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch();
      }}
    >
      <h2>Trouver des collectivités</h2>
      <p class="hint collectivites-intro">
        {typeset(
          'Autour d’une commune : la mairie, l’intercommunalité, le département, la région et les autres communes de l’intercommunalité.',
        )}
      </p>
      <Field
        id="collectivites-query"
        label="Commune ou code postal"
        hint={
          fromPlan
            ? 'Votre commune, d’après votre plan de stage.'
            : typeset('Par exemple : Villeurbanne ou 69100.')
        }
      >
        <input
          id="collectivites-query"
          type="search"
          autocomplete="off"
          value={query}
          onInput={(e) => onQuery(e.currentTarget.value)}
        />
      </Field>
      <fieldset class="collectivites-kinds">
        <legend>Types de collectivité</legend>
        {KINDS.map((kind) => (
          <label key={kind} class="collectivites-kind">
            <input
              type="checkbox"
              checked={filters.kinds.includes(kind)}
              onChange={(e) => toggle(kind, e.currentTarget.checked)}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <Field id="collectivites-min-population" label="Population minimale">
        <select
          id="collectivites-min-population"
          value={String(filters.minPopulation)}
          onChange={(e) => onFilters({ ...filters, minPopulation: Number(e.currentTarget.value) })}
        >
          {MIN_POPULATIONS.map(([value, label]) => (
            <option key={value} value={String(value)}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" class="button button--primary" disabled={busy}>
        {busy ? 'Recherche…' : 'Chercher'}
      </button>
    </form>
  );
}
