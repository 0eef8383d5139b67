/**
 * A menu item may open the sidebar on one section: the server appends this meta tag to the
 * page it shows, and the sidebar reads it once. Nothing is stored, so the next opening from
 * « Ouvrir le panneau » starts where it always does.
 */
export const START_SECTION_META = 'stage-start-section';

/** The stage plan's section (« Mon plan »). */
export const PLAN_SECTION_ID = 'plan';

/** « Collectivités »: the search of the collectivités to contact. */
export const COLLECTIVITES_SECTION_ID = 'collectivites';

/** « Aide »: the version, the guide's steps, the counsellor, what each permission is for. */
export const HELP_SECTION_ID = 'aide';

/** The section the sidebar opens on when no menu item names one (src/client/sections.tsx's first). */
export const FIRST_SECTION_ID = PLAN_SECTION_ID;
