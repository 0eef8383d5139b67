import { describe, expect, it } from 'vitest';
import { addSummary, withArticle } from '../../../src/server/collectivites/summary';

describe('the summary of « Ajouter au suivi »', () => {
  it('gives each body its article, and none to a name that starts with its town', () => {
    expect(
      [
        'Mairie de Lyon',
        'Conseil départemental du Rhône',
        'Communauté de communes Faucigny - Glières',
        "Communauté d'agglomération du Grand Annecy",
        'Métropole de Lyon',
        'Eurométropole de Strasbourg',
        "Collectivité européenne d'Alsace",
        'Nantes Métropole',
      ].map(withArticle),
    ).toEqual([
      'la Mairie de Lyon',
      'le Conseil départemental du Rhône',
      'la Communauté de communes Faucigny - Glières',
      "la Communauté d'agglomération du Grand Annecy",
      'la Métropole de Lyon',
      "l'Eurométropole de Strasbourg",
      "la Collectivité européenne d'Alsace",
      'Nantes Métropole',
    ]);
  });

  it('agrees in number, lists up to three names and counts beyond', () => {
    expect(addSummary(1, [], false)).toBe('1 demande ajoutée.');
    expect(addSummary(2, ['Nantes Métropole'], false)).toBe(
      '2 demandes ajoutées ; Nantes Métropole était déjà dans votre suivi.',
    );
    expect(addSummary(0, ['Mairie de Bron', 'Mairie de Lyon', 'Conseil régional de Bretagne'], false)).toBe(
      'Aucune demande ajoutée ; la Mairie de Bron, la Mairie de Lyon et le Conseil régional de Bretagne étaient déjà dans votre suivi.',
    );
    expect(addSummary(3, ['a', 'b', 'c', 'd'], true)).toBe(
      'Le tableau de suivi a été créé. 3 demandes ajoutées ; 4 collectivités étaient déjà dans votre suivi.',
    );
  });
});
