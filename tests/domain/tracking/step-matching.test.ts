import { describe, expect, it } from 'vitest';
import { matchRefusalReason, matchStep } from '../../../src/domain/tracking/step-matching';
import { STEPS } from '../../../src/domain/tracking/vocabulary';

describe('matchStep', () => {
  it('reads every listed step, whatever the case and accents', () => {
    for (const step of STEPS) {
      expect(matchStep(step)).toBe(step);
      expect(matchStep(step.toUpperCase())).toBe(step);
    }
    expect(matchStep('a contacter')).toBe('À contacter');
  });

  it.each([
    ['refus', 'Refusé'],
    ['Refusée (pas de tuteur)', 'Refusé'],
    ['non accepté', 'Refusé'],
    ['Non', 'Refusé'],
    ['Declined', 'Refusé'],
    ['pas de suite', 'Refusé'],
    ['annulé', 'Abandonné'],
    ['accepté', 'Stage accepté'],
    ['Convention signée', 'Stage accepté'],
    ['OK', 'Réponse positive'],
    ['oui', 'Réponse positive'],
    ['favorable', 'Réponse positive'],
    ['RDV le 12', 'Rencontre prévue'],
    ['entretien', 'Rencontre prévue'],
    ['relancé', 'Relance faite'],
    ['relance envoyée', 'Relance faite'],
    ['envoyé', 'Courrier envoyé'],
    ['Courrier envoyé le 3/11', 'Courrier envoyé'],
    ['Sent', 'Courrier envoyé'],
    ['en attente', 'Courrier envoyé'],
    ['appelé', 'Appel passé'],
    ['Called', 'Appel passé'],
    ['à faire', 'À contacter'],
  ])('« %s » is %s', (text, step) => {
    expect(matchStep(text)).toBe(step);
  });

  it('admits what it cannot read', () => {
    expect(matchStep('peut-être')).toBeNull();
    expect(matchStep('')).toBeNull();
  });
});

describe('matchRefusalReason', () => {
  it.each([
    ['Pas de tuteur disponible', 'Pas de tuteur disponible'],
    ['autre (préciser)', 'Autre (préciser)'],
    ['pas de tuteur cet été', 'Pas de tuteur disponible'],
    ['Période trop courte', 'Période ou durée inadaptée'],
    ['délais RH trop longs', 'Procédure ou délais RH'],
    ['pas de budget', 'Pas de besoin ou de projet d’accueil'],
    ['service pas concerné', 'Service non adapté'],
  ])('« %s » is %s', (text, reason) => {
    expect(matchRefusalReason(text)).toBe(reason);
  });

  it('admits what it cannot read', () => {
    expect(matchRefusalReason('aucune idée')).toBeNull();
  });
});
