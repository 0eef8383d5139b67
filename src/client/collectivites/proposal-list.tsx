import { useState } from 'preact/hooks';
import type { Proposal } from '../../domain/collectivites';
import { HEAD_LABELS, inhabitants, KIND_LABELS, typeset } from './words';

/** One key per collectivité: département and région codes overlap (« 01 »), kinds do not. */
export const keyOf = (p: Proposal) => `${p.kind}:${p.code}`;

// The largest intercommunalités have over a hundred communes: the rest waits for a click.
const MEMBERS_SHOWN = 10;

interface Props {
  proposals: readonly Proposal[];
  checked: ReadonlySet<string>;
  onToggle(proposal: Proposal, on: boolean): void;
}

function Item({ proposal, checked, onToggle }: { proposal: Proposal } & Omit<Props, 'proposals'>) {
  const id = `proposal-${proposal.kind}-${proposal.code}`;
  return (
    <li class="collectivites-proposal">
      <input
        id={id}
        type="checkbox"
        checked={checked.has(keyOf(proposal))}
        onChange={(e) => onToggle(proposal, e.currentTarget.checked)}
      />
      <label for={id}>
        <strong>{proposal.body}</strong>
        <span class="collectivites-facts">
          {KIND_LABELS[proposal.kind]} · {inhabitants(proposal.population)}
        </span>
        <span class="collectivites-head">
          {/* The envelope keeps the line short enough for 300 px; the words are there for screen readers. */}
          <span aria-hidden="true">✉︎ </span>
          <span class="collectivites-hidden">{typeset('Courrier à adresser à : ')}</span>
          {HEAD_LABELS[proposal.head]}
        </span>
        {proposal.note && <span class="collectivites-note">{proposal.note}</span>}
      </label>
    </li>
  );
}

/** The proposals as a checklist: the commune and its groupings, then the other member communes. */
export function ProposalList({ proposals, checked, onToggle }: Props) {
  const [allMembers, setAllMembers] = useState(false);
  const main = proposals.filter((p) => p.relation !== 'member');
  const members = proposals.filter((p) => p.relation === 'member');
  const shown = allMembers ? members : members.slice(0, MEMBERS_SHOWN);
  const epci = proposals.find((p) => p.kind === 'intercommunality');
  return (
    <>
      {main.length > 0 && (
        <ul class="collectivites-proposals" data-testid="proposals">
          {main.map((p) => (
            <Item key={keyOf(p)} proposal={p} checked={checked} onToggle={onToggle} />
          ))}
        </ul>
      )}
      {members.length > 0 && (
        <>
          <h3 class="collectivites-members-title">
            Autres communes {epci ? epci.ofName : 'de l’intercommunalité'} ({members.length})
          </h3>
          <ul class="collectivites-proposals" data-testid="member-proposals">
            {shown.map((p) => (
              <Item key={keyOf(p)} proposal={p} checked={checked} onToggle={onToggle} />
            ))}
          </ul>
          {shown.length < members.length && (
            <button type="button" class="link" onClick={() => setAllMembers(true)}>
              {members.length - shown.length === 1
                ? 'Afficher l’autre commune'
                : `Afficher les ${members.length - shown.length} autres communes`}
            </button>
          )}
        </>
      )}
    </>
  );
}
