import type { ComponentType } from 'preact';
import { COLLECTIVITES_SECTION_ID, HELP_SECTION_ID, PLAN_SECTION_ID } from '../shared/start-section';
import { CollectivitesSection } from './collectivites/collectivites-section';
import { CounsellorSection } from './dashboard/counsellor-section';
import { ReminderPanel } from './dashboard/reminder-panel';
import { HelpSection } from './help/help-section';
import type { HomeData } from './home/load';
import { SettingsPanel } from './home/settings-panel';
import { LettersSection } from './letters/letters-section';
import { PlanSection } from './plan/plan-section';
import { TrackingSection } from './tracking/tracking-section';

/** What every section of the sidebar receives. */
export interface SectionProps {
  home: HomeData;
  /** Asks the sidebar to reload what the home shows (after a change in the workbook). */
  refreshHome(): void;
  /** Moves to another section. */
  go(section: string): void;
}

export interface Section {
  id: string;
  /** The tab’s label: short, French. */
  label: string;
  component: ComponentType<SectionProps>;
}

function Settings({ home }: SectionProps) {
  return (
    <>
      <SettingsPanel initial={home.settings} />
      <ReminderPanel />
    </>
  );
}

/**
 * The sidebar’s sections, in the order of the guide. Each feature adds its own entry here and
 * keeps its components in its own folder (src/client/<feature>/).
 */
export const SECTIONS: Section[] = [
  { id: PLAN_SECTION_ID, label: 'Mon plan', component: PlanSection },
  { id: COLLECTIVITES_SECTION_ID, label: 'Collectivités', component: CollectivitesSection },
  { id: 'suivi', label: 'Suivi des demandes', component: TrackingSection },
  { id: 'contacter', label: 'Contacter', component: LettersSection },
  { id: 'conseiller', label: 'Conseiller', component: CounsellorSection },
  // Settings come after the guide's sections: the least often used.
  { id: 'reglages', label: 'Réglages', component: Settings },
  // Help closes the tabs, shown on every section.
  { id: HELP_SECTION_ID, label: 'Aide', component: HelpSection },
];
