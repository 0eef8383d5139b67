import { describe, expect, it } from 'vitest';
import { type LetterInput, letterPieces, MissingPiecesError, writeLetter } from '../../../src/domain/letters';
import { UserError } from '../../../src/shared/validation';
import { inputFor, KINDS } from './fixtures';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect(error).toBeInstanceOf(MissingPiecesError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

const request = inputFor('request');

describe('missing pieces stop the drafting with one French message', () => {
  it('names the one piece to fill in and where', () => {
    const input: LetterInput = { ...request, sender: { ...request.sender, lastName: '  ' } };
    expect(messageOf(() => writeLetter('request', input))).toBe(
      'Pour rédiger la demande, indiquez votre nom dans le plan (étape 5 : Préparer la prise de contact).',
    );
  });

  it('lists every missing piece at once, in the order of the plan, then the row', () => {
    const { durationWeeks: _weeks, ...plan } = request.plan;
    const input: LetterInput = {
      ...request,
      sender: { ...request.sender, lastName: '' },
      recipient: { ...request.recipient, service: '' },
      plan,
    };
    expect(messageOf(() => writeLetter('request', input))).toBe(
      'Pour rédiger la demande, indiquez : votre nom dans le plan (étape 5 : Préparer la prise de contact) ; ' +
        'la durée du stage en semaines dans le plan (étape 4 : Conditions idéales d’accueil) ; ' +
        'le service visé dans le suivi des demandes (colonne Service visé).',
    );
    const error = (() => {
      try {
        writeLetter('request', input);
      } catch (caught) {
        return caught as MissingPiecesError;
      }
    })();
    expect(error?.pieces.map((piece) => piece.field)).toEqual([
      'sender.lastName',
      'plan.durationWeeks',
      'recipient.service',
    ]);
    expect(error?.field).toBe('sender.lastName');
  });

  it('asks for everything a demande needs from an empty plan', () => {
    const input: LetterInput = {
      ...request,
      sender: {
        firstName: '',
        lastName: '',
        addressLines: [],
        postalCode: '',
        town: '',
        phone: '',
        email: '',
      },
      plan: { situation: '', why: '', toSee: [], toDo: [], toLearn: [], roles: [], counsellor: {} },
      history: {},
    };
    expect(letterPieces('request', input).map((piece) => piece.field)).toEqual([
      'sender.firstName',
      'sender.lastName',
      'sender.addressLines',
      'sender.postalCode',
      'sender.town',
      'sender.phone',
      'plan.situation',
      'plan.counsellor.prescriber',
      'plan.objective',
      'plan.roles',
      'plan.why',
      'plan.toSee',
      'plan.durationWeeks',
      'plan.period',
      'plan.rhythm',
    ]);
    expect(messageOf(() => writeLetter('request', input))).toContain(
      'l’objectif du stage (découvrir un métier, confirmer un projet professionnel ou initier une démarche de recrutement) dans le plan (étape 1 : Pourquoi un stage ?)',
    );
  });

  it.each([
    [
      'followUp',
      { firstLetter: undefined },
      'Pour rédiger la relance, indiquez la date du premier courrier dans le journal des démarches.',
    ],
    [
      'thanksAfterMeeting',
      { meeting: undefined },
      'Pour rédiger le remerciement, indiquez la date de la rencontre dans le journal des démarches.',
    ],
    [
      'thanksAfterRefusal',
      { refusal: { date: '2027-13-01' } },
      'Pour rédiger le remerciement, indiquez la date de la réponse de la collectivité dans le journal des démarches.',
    ],
    [
      'thanksAfterMeeting',
      { meeting: { date: '2027-02-01' } },
      'Pour rédiger le remerciement, indiquez la date de la rencontre (elle ne peut pas être postérieure à la date du courrier) dans le journal des démarches.',
    ],
  ] as const)('%s needs its event: %o', (kind, history, message) => {
    const input = inputFor(kind);
    expect(messageOf(() => writeLetter(kind, { ...input, history: { ...input.history, ...history } }))).toBe(
      message,
    );
  });

  it('checks values, not only presence', () => {
    const input: LetterInput = {
      ...request,
      plan: {
        ...request.plan,
        durationWeeks: 2.5,
        period: { kind: 'dates', start: '2027-03-26', end: '2027-03-01' },
        hoursPerWeek: 50,
        roles: [{ role: 'actor', fromWeek: 2, toWeek: 1 }],
      },
    };
    expect(messageOf(() => writeLetter('request', input))).toBe(
      'Pour rédiger la demande, indiquez : les semaines de chaque rôle (entre la semaine 1, la fin après le début) ' +
        'dans le plan (étape 2 : Mon rôle) ; la durée du stage en semaines (un nombre entier, 1 au moins) dans le plan (étape 4 : Conditions idéales d’accueil) ; ' +
        'des dates de stage valides (la date de fin après la date de début) dans le plan (étape 4 : Conditions idéales d’accueil) ; ' +
        'un nombre d’heures par semaine entre 1 et 48 dans le plan (étape 4 : Conditions idéales d’accueil).',
    );
  });

  it('keeps the roles within the stage', () => {
    const input: LetterInput = {
      ...request,
      plan: {
        ...request.plan,
        roles: [
          { role: 'observer', fromWeek: 1, toWeek: 2 },
          { role: 'actor', fromWeek: 3, toWeek: 6 },
        ],
      },
    };
    expect(messageOf(() => writeLetter('request', input))).toBe(
      'Pour rédiger la demande, indiquez les semaines de chaque rôle (entre la semaine 1 et la semaine 4, la fin après le début) dans le plan (étape 2 : Mon rôle).',
    );
  });

  it('says which text to shorten for the letter to hold on one page', () => {
    const input: LetterInput = { ...request, plan: { ...request.plan, why: `${'a'.repeat(350)}.` } };
    expect(messageOf(() => writeLetter('request', input))).toBe(
      'Pour que la demande tienne sur une page, raccourcissez les raisons de votre choix (350 caractères au plus, 351 actuellement) dans le plan (étape 3 : Contenu du stage).',
    );
  });

  it('asks the function of the head when the letter is not for a maire or a président', () => {
    const input: LetterInput = {
      ...request,
      recipient: { ...request.recipient, head: { civility: 'Madame', title: 'other' } },
    };
    expect(messageOf(() => writeLetter('request', input))).toBe(
      'Pour rédiger la demande, indiquez la fonction de la personne à qui le courrier est adressé dans le suivi des demandes (colonne Fonction).',
    );
  });

  it('asks only what each kind needs', () => {
    const bare: LetterInput = {
      ...request,
      plan: { ...request.plan, why: '', toSee: [], toDo: [], toLearn: [], roles: [] },
    };
    expect(() => writeLetter('followUp', { ...bare, writtenOn: '2026-12-21' })).not.toThrow();
    expect(() => writeLetter('thanksAfterRefusal', { ...bare, writtenOn: '2027-01-12' })).not.toThrow();
    expect(() => writeLetter('callSheet', { ...bare, writtenOn: '2026-11-05', history: {} })).not.toThrow();
    expect(letterPieces('request', bare).map((piece) => piece.field)).toEqual([
      'plan.roles',
      'plan.why',
      'plan.toSee',
    ]);
  });

  it.each(KINDS)('%s from the complete fixture needs nothing more', (kind) => {
    expect(letterPieces(kind, inputFor(kind))).toEqual([]);
  });

  it('treats a malformed day of writing as a programming error, not a person’s mistake', () => {
    expect(() => writeLetter('request', { ...request, writtenOn: '28/11/2026' })).toThrow(RangeError);
  });
});
