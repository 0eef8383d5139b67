import type { PlanInput } from '../domain/plan';

/**
 * A realistic plan (Camille, four weeks at the accueil of a mairie) for the benchmark and the
 * demo workbook: what a job seeker's answers look like once the five steps are filled in.
 */
export const SAMPLE_PLAN: PlanInput = {
  why: { reasons: ['immersion', 'network'], objective: 'confirm' },
  role: {
    phases: [
      { role: 'observer', from: 1, to: 1 },
      { role: 'actor', from: 2, to: 4 },
    ],
  },
  content: {
    currentSkills: "Dix ans d'accueil en agence bancaire, à l'aise avec la bureautique.",
    expectedGains: "Connaître l'accueil d'une mairie et l'état civil.",
    tasksToSee: ["La célébration d'un mariage"],
    tasksToDo: ["L'accueil du public", 'La prise de rendez-vous'],
    tasksToUnderstand: ["Le fonctionnement de l'état civil"],
    targetJob: "Agent d'accueil",
    romeCode: 'M1601',
  },
  conditions: {
    duration: { amount: 4, unit: 'weeks' },
    rhythm: 'fullTime',
    hoursPerWeek: 35,
    schedule: 'Du lundi au vendredi',
    earliestStart: '2026-11-02',
    latestEnd: '2026-11-27',
    serviceTypes: ['Accueil', 'État civil'],
    collectivityTypes: ['Commune', 'Intercommunalité'],
    homeCommune: 'Villeurbanne',
    logistics: {
      computer: true,
      tutorAvailability: 'Une personne présente le matin',
      transport: 'Transports en commun',
    },
  },
  contact: {
    me: {
      civility: 'Madame',
      firstName: 'Camille',
      lastName: 'Martin',
      address: '12 rue des Lilas',
      postalCode: '69100',
      town: 'Villeurbanne',
      phone: '06 12 34 56 78',
      email: 'camille.martin@exemple.fr',
      ageGroup: 'adult',
    },
    counsellor: {
      name: 'Claire Dupont',
      email: 'claire.dupont@exemple.fr',
      agency: 'France Travail Villeurbanne',
    },
    checklist: ['Les jours et horaires de présence', 'Le trajet et les transports possibles'],
  },
};
