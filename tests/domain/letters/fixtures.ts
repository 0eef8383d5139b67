import type { LetterInput } from '../../../src/domain/letters';

/** A complete input: Marie Durand asks the Mairie de Lyon after a call with Mme Dupont. */
export const MARIE: LetterInput = {
  sender: {
    civility: 'Madame',
    firstName: 'Marie',
    lastName: 'Durand',
    addressLines: ['12 rue des Lilas'],
    postalCode: '69003',
    town: 'Lyon',
    phone: '0612345678',
    email: 'marie.durand@example.fr',
  },
  recipient: {
    kind: 'commune',
    name: 'Mairie de Lyon',
    head: { civility: 'Monsieur', title: 'mayor' },
    service: 'Espaces verts',
    interlocutor: { civility: 'Madame', name: 'Dupont', function: 'chef de service' },
    address: { lines: ['1 place de la Comédie'], postalCode: '69001', town: 'Lyon' },
    phone: '04 72 10 30 30',
  },
  plan: {
    situation:
      "Demandeuse d'emploi depuis mars 2026, j'ai travaillé dix ans dans la vente et je prépare une reconversion dans l'entretien des espaces verts",
    objective: 'confirm',
    targetJob: 'Agent des espaces verts',
    why: 'Votre service entretient les parcs de mon quartier, que je connais bien, et la ville mène une gestion sans pesticides qui correspond à ce que je veux apprendre.',
    toSee: ["l'organisation des équipes", 'la préparation des massifs de saison'],
    toDo: ['participer à la tonte et au désherbage manuel'],
    toLearn: ["l'utilisation du taille-haie en sécurité"],
    roles: [
      { role: 'observer', fromWeek: 1, toWeek: 1 },
      { role: 'learner', fromWeek: 2, toWeek: 3 },
      { role: 'actor', fromWeek: 4, toWeek: 4 },
    ],
    durationWeeks: 4,
    period: { kind: 'dates', start: '2027-03-01', end: '2027-03-26' },
    rhythm: 'fullTime',
    hoursPerWeek: 35,
    counsellor: { name: 'Karim Benali', prescriber: 'franceTravail', agency: 'agence de Lyon Part-Dieu' },
  },
  history: {
    call: { date: '2026-11-12' },
    firstLetter: { date: '2026-11-28' },
    meeting: {
      date: '2026-12-15',
      with: { civility: 'Madame', name: 'Dupont', function: 'chef de service' },
    },
    refusal: { date: '2027-01-10', reason: 'noTutor' },
  },
  writtenOn: '2026-11-28',
};

export const KINDS = [
  'request',
  'followUp',
  'thanksAfterMeeting',
  'thanksAfterRefusal',
  'callSheet',
] as const;
export type Kind = (typeof KINDS)[number];

/** The day each kind is written on, after the events it mentions. */
export const WRITTEN_ON: Readonly<Record<Kind, string>> = {
  request: '2026-11-28',
  followUp: '2026-12-21',
  thanksAfterMeeting: '2026-12-17',
  thanksAfterRefusal: '2027-01-12',
  callSheet: '2026-11-05',
};

/** MARIE with the date of writing suited to `kind` (and, for the fiche, no call yet). */
export function inputFor(kind: Kind, input: LetterInput = MARIE): LetterInput {
  const history = kind === 'callSheet' ? { ...input.history, call: undefined } : input.history;
  return { ...input, history, writtenOn: WRITTEN_ON[kind] };
}
