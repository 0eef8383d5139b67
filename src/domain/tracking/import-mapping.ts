/**
 * Recognising a tracking table the person already keeps, from its header row alone, and
 * proposing which of its columns goes where (shown to the person, who confirms or corrects).
 * Headers are matched on French and English synonyms, blind to case, accents and punctuation.
 */
import type { RequestColumnKey } from './columns';
import { labelWords } from './text';

/** The columns an import can fill; N° is always given anew (the source's numbers may clash). */
export type ImportTarget = Exclude<RequestColumnKey, 'requestId'>;

// Most specific first within a target; a synonym of several words is a stronger hint.
// biome-ignore format: grouped synonyms read better than one per line
const SYNONYMS: Readonly<Record<ImportTarget, readonly string[]>> = {
  collectivity: [
    'collectivité', 'organisme', 'mairie', 'commune', 'structure', 'entreprise', 'employeur', 'établissement',
    'organisation', 'collectivity', 'company', 'organization', 'employer', 'institution',
  ],
  collectivityType: ['type de collectivité', 'type de structure', 'type', 'catégorie'],
  code: ['code insee', 'insee', 'siren', 'siret', 'code'],
  service: ['service visé', 'service', 'direction', 'department', 'pôle'],
  contactName: [
    'interlocuteur', 'interlocutrice', 'personne contactée', 'nom du contact', 'contact', 'nom', 'responsable',
    'contact name', 'name', 'person',
  ],
  civility: ['civilité', 'title'],
  contactRole: ['fonction', 'poste', 'rôle', 'job title', 'position', 'role'],
  phone: ['téléphone', 'tél', 'tel', 'portable', 'phone', 'telephone', 'numéro de téléphone'],
  email: ['e-mail', 'email', 'mail', 'courriel', 'adresse mail', 'adresse e-mail', 'adresse électronique'],
  address: ['adresse postale', 'adresse', 'address'],
  step: ['étape', 'statut', 'état', 'avancement', 'réponse', 'résultat', 'status', 'state', 'outcome'],
  firstContactDate: [
    'date du premier contact', 'premier contact', "date d'envoi", 'date de contact', "date d'appel",
    'date de la demande', 'date de candidature', 'envoyé le', 'date', 'first contact', 'date sent', 'sent', 'applied',
  ],
  lastActionDate: [
    'dernière démarche', 'dernier contact', 'date de relance', 'relancé le', 'relance', 'last contact', 'follow-up',
    'followed up', 'follow up',
  ],
  nextFollowUpDate: ['prochaine relance', 'relance prévue', 'à relancer le', 'next follow-up', 'next follow up'],
  refusalReason: ['motif de refus', 'motif du refus', 'raison du refus', 'motif', 'raison', 'cause', 'reason'],
  letter: ['lien du courrier', 'courrier', 'lettre', 'letter'],
  notes: ['notes', 'note', 'remarques', 'remarque', 'commentaires', 'commentaire', 'observations', 'comments', 'remarks'],
  counsellorComment: [
    'commentaire du conseiller', 'commentaire de la conseillère', 'avis du conseiller', 'conseiller', 'conseillère',
    'counsellor', 'counselor', 'advisor',
  ],
  headCivility: ['civilité du maire', 'civilité du président', 'civilité de la présidente', 'civilité du maire ou du président'],
  headName: ['nom du maire', 'nom du président', 'nom de la présidente', 'nom du maire ou du président', 'maire'],
};

export interface ProposedColumn {
  /** 1-based column of the source sheet. */
  readonly column: number;
  readonly header: string;
  /** Where its values go, null when nothing fits (its values are then kept in Notes). */
  readonly target: ImportTarget | null;
}

export interface TableDetection {
  /** True when the headers look like a tracking table worth offering to import. */
  readonly looksLikeTrackingTable: boolean;
  readonly columns: readonly ProposedColumn[];
}

/** How well `header` names `target`: 0 for not at all; an exact synonym beats one inside a longer header. */
function score(header: string[], target: ImportTarget): number {
  let best = 0;
  for (const synonym of SYNONYMS[target]) {
    const words = labelWords(synonym);
    const exact = words.join(' ') === header.join(' ');
    const inside = header.some((_, i) => words.every((word, j) => header[i + j] === word));
    if (exact) best = Math.max(best, 100 + words.length);
    else if (inside) best = Math.max(best, 10 + words.length);
  }
  return best;
}

const TARGETS = /* @__PURE__ */ Object.keys(SYNONYMS) as ImportTarget[];

/** The best target for every column: highest scores are placed first, each target used once. */
export function proposeImportMapping(header: readonly unknown[]): ProposedColumn[] {
  const words = header.map((cell) => (typeof cell === 'string' ? labelWords(cell) : []));
  const candidates = words
    .flatMap((w, index) => TARGETS.map((target) => ({ index, target, score: score(w, target) })))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const targets = new Map<number, ImportTarget>();
  const used = new Set<ImportTarget>();
  for (const candidate of candidates) {
    if (targets.has(candidate.index) || used.has(candidate.target)) continue;
    targets.set(candidate.index, candidate.target);
    used.add(candidate.target);
  }
  return header.map((cell, index) => ({
    column: index + 1,
    header: typeof cell === 'string' ? cell.trim() : String(cell ?? ''),
    target: targets.get(index) ?? null,
  }));
}

const TRACKING_HINTS: readonly ImportTarget[] = [
  'step',
  'firstContactDate',
  'lastActionDate',
  'nextFollowUpDate',
  'refusalReason',
  'contactName',
  'phone',
  'email',
];

/**
 * A table to offer for import names who was asked (an organisation) and at least two signs of
 * follow-up (dates, a step, a contact, a refusal): a plain address book or a list of communes
 * is not a tracking table.
 */
export function detectTrackingTable(header: readonly unknown[]): TableDetection {
  const columns = proposeImportMapping(header);
  const targets = new Set(columns.map((c) => c.target));
  const hints = TRACKING_HINTS.filter((t) => targets.has(t)).length;
  const dated = ['firstContactDate', 'lastActionDate', 'nextFollowUpDate', 'step', 'refusalReason'].some(
    (t) => targets.has(t as ImportTarget),
  );
  return { looksLikeTrackingTable: targets.has('collectivity') && hints >= 2 && dated, columns };
}
