/**
 * What the plan already says about the search: the home commune and the types of collectivité
 * the person wants to contact (« Mon plan », step 4). Only read: the plan is the plan module's.
 */
import { KIND_LABELS, type ProposalKind } from '../../domain/collectivites';
import { readPlanSheet } from '../plan/plan-sheet';

export interface SearchDefaults {
  /** The plan's « commune de résidence », or the town of the person's address; '' when neither. */
  readonly homeCommune: string;
  /** The kinds ticked in the plan that the data can propose; empty: all of them. */
  readonly kinds: ProposalKind[];
}

const KIND_BY_LABEL = new Map(
  (Object.entries(KIND_LABELS) as [ProposalKind, string][]).map(([kind, label]) => [label, kind]),
);

/** One read of « Plan de stage », none of the data file. */
export function searchDefaults(): SearchDefaults {
  const plan = readPlanSheet(SpreadsheetApp.getActive(), { forSave: false })?.reading.plan;
  if (!plan) return { homeCommune: '', kinds: [] };
  const { conditions, contact } = plan;
  // « Autre organisme public » has no counterpart in the data: it filters nothing out.
  const kinds = (conditions.collectivityTypes ?? []).flatMap((type) => {
    const kind = KIND_BY_LABEL.get(type);
    return kind ? [kind] : [];
  });
  return { homeCommune: conditions.homeCommune ?? contact.me.town ?? '', kinds };
}
