import { describe, expect, it } from 'vitest';
import {
  atTown,
  attentionLine,
  closingFormula,
  contactWithFunction,
  functionFor,
  recipientLines,
  salutation,
  servicePhrases,
  usualHeadTitle,
} from '../../../src/domain/letters/addressing';
import type { Recipient } from '../../../src/domain/letters/types';

const lyon: Recipient = {
  kind: 'commune',
  name: 'Mairie de Lyon',
  head: { civility: 'Madame', title: 'mayor' },
  service: 'Espaces verts',
};

describe('appel and closing', () => {
  it.each([
    ['Madame', 'mayor', 'Madame la Maire', 'ma haute considération'],
    ['Monsieur', 'mayor', 'Monsieur le Maire', 'ma haute considération'],
    ['unknown', 'mayor', 'Madame, Monsieur', 'ma haute considération'],
    ['Madame', 'president', 'Madame la Présidente', 'ma haute considération'],
    ['Monsieur', 'president', 'Monsieur le Président', 'ma haute considération'],
    ['unknown', 'president', 'Madame, Monsieur', 'ma haute considération'],
    ['Madame', 'other', 'Madame la Directrice', 'mes salutations distinguées'],
    ['Monsieur', 'other', 'Monsieur le Directeur', 'mes salutations distinguées'],
    ['unknown', 'other', 'Madame, Monsieur', 'mes salutations distinguées'],
  ] as const)('%s × %s: « %s, » and the closing repeats it', (civility, title, appel, regard) => {
    const head = { civility, title, otherTitle: 'directeur' } as const;
    expect(salutation(head)).toBe(appel);
    expect(closingFormula(head)).toBe(`Je vous prie d'agréer, ${appel}, l'expression de ${regard}.`);
  });
});

describe('recipient block', () => {
  it('writes « Madame la Maire / Mairie de Lyon »', () => {
    expect(recipientLines(lyon)).toEqual(['Madame la Maire', 'Mairie de Lyon']);
    expect(recipientLines({ ...lyon, head: { civility: 'unknown', title: 'mayor' } })).toEqual([
      'Madame, Monsieur le Maire',
      'Mairie de Lyon',
    ]);
  });

  it('puts the président and the body on one line when the article is known', () => {
    const ain: Recipient = {
      kind: 'department',
      name: "Conseil départemental de l'Ain",
      nameWithArticle: "du Conseil départemental de l'Ain",
      head: { civility: 'Madame', title: 'president' },
      service: 'Insertion',
    };
    expect(recipientLines(ain)).toEqual(["Madame la Présidente du Conseil départemental de l'Ain"]);
    expect(recipientLines({ ...ain, nameWithArticle: undefined })).toEqual([
      'Madame la Présidente',
      "Conseil départemental de l'Ain",
    ]);
  });

  it('writes another function with its article, in the feminine for a woman', () => {
    const other = (civility: 'Madame' | 'Monsieur' | 'unknown', otherTitle: string) =>
      recipientLines({ ...lyon, head: { civility, title: 'other', otherTitle } })[0];
    expect(other('Madame', 'directeur général des services')).toBe(
      'Madame la Directrice générale des services',
    );
    expect(other('Monsieur', 'directeur général des services')).toBe(
      'Monsieur le Directeur général des services',
    );
    expect(other('Madame', 'adjointe au maire')).toBe("Madame l'Adjointe au maire");
    expect(other('unknown', 'directeur général des services')).toBe('Directeur général des services');
  });

  it('suggests the maire for a commune and a président for the other collectivités', () => {
    expect(usualHeadTitle('commune')).toBe('mayor');
    expect(usualHeadTitle('intercommunality')).toBe('president');
    expect(usualHeadTitle('department')).toBe('president');
    expect(usualHeadTitle('region')).toBe('president');
    expect(usualHeadTitle('other')).toBe('other');
  });
});

describe('people and services', () => {
  it('writes « Mme » without a full stop and « M. » with one', () => {
    expect(contactWithFunction({ civility: 'Madame', name: 'Dupont' }, 'Accueil')).toBe('Mme Dupont');
    expect(contactWithFunction({ civility: 'Monsieur', name: 'Durand' }, 'Accueil')).toBe('M. Durand');
    expect(contactWithFunction({ name: 'Claire Dupont' }, 'Accueil')).toBe('Claire Dupont');
  });

  it('puts functions in the feminine up to the service name, which stays as written', () => {
    expect(functionFor('Madame', 'chef de service')).toBe('cheffe de service');
    expect(functionFor('Madame', 'directeur général adjoint')).toBe('directrice générale adjointe');
    expect(functionFor('Madame', 'directeur du développement territorial')).toBe(
      'directrice du développement territorial',
    );
    expect(functionFor('Monsieur', 'chef de service')).toBe('chef de service');
    expect(functionFor('Madame', 'responsable des espaces verts')).toBe('responsable des espaces verts');
  });

  it('names the service as the person wrote it, with the right article', () => {
    expect(servicePhrases('Espaces verts')).toEqual({
      bare: 'service Espaces verts',
      the: 'le service Espaces verts',
      of: 'du service Espaces verts',
      at: 'au service Espaces verts',
    });
    expect(servicePhrases('Direction des ressources humaines').of).toBe(
      'de la direction des ressources humaines',
    );
    expect(servicePhrases('Services techniques').at).toBe('aux services techniques');
    expect(servicePhrases('atelier municipal').of).toBe("de l'atelier municipal");
    expect(servicePhrases('Service des sports').the).toBe('le service des sports');
  });

  it.each([
    [
      { civility: 'Madame', name: 'Dupont', function: 'chef de service' },
      "À l'attention de Mme Dupont, cheffe du service Espaces verts",
    ],
    [
      { civility: 'Monsieur', name: 'Martin', function: 'responsable des espaces verts' },
      "À l'attention de M. Martin, responsable des espaces verts",
    ],
    [
      { civility: 'Madame', name: 'Dupont', function: 'directrice adjointe' },
      "À l'attention de Mme Dupont, directrice adjointe",
    ],
    [{ civility: 'Madame', name: 'Dupont' }, "À l'attention de Mme Dupont, service Espaces verts"],
    [undefined, "À l'attention du service Espaces verts"],
  ] as const)('« À l’attention de » for %o', (interlocutor, expected) => {
    expect(attentionLine({ ...lyon, interlocutor })).toBe(expected);
  });

  it('does not name the service twice when the function already says it', () => {
    const drh: Recipient = {
      ...lyon,
      service: 'Direction des ressources humaines',
      interlocutor: { civility: 'Madame', name: 'Martin', function: 'directeur des ressources humaines' },
    };
    expect(attentionLine(drh)).toBe("À l'attention de Mme Martin, directrice des ressources humaines");
  });

  it('writes the town of writing with its article', () => {
    expect(atTown('Lyon')).toBe('À Lyon');
    expect(atTown('Le Havre')).toBe('Au Havre');
    expect(atTown('Les Mureaux')).toBe('Aux Mureaux');
    expect(atTown('La Rochelle')).toBe('À La Rochelle');
  });
});
