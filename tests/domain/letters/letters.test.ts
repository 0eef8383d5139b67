import { describe, expect, it } from 'vitest';
import {
  checkLetterText,
  estimateLines,
  type LetterDocument,
  type LetterInput,
  letterPieces,
  letterText,
  PAGE,
  type Recipient,
  writeLetter,
} from '../../../src/domain/letters';
import { MAX_LENGTHS } from '../../../src/domain/letters/pieces';
import { inputFor, KINDS, type Kind, MARIE } from './fixtures';

const NBSP = '\u00A0';
/** Expected strings are written with straight apostrophes and spaces; the letters use ’ and U+00A0. */
const fr = (text: string) =>
  text
    .replace(/'/g, '’')
    .replace(/ ([:;?!»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`);

const LETTER_KINDS = KINDS.filter((kind) => kind !== 'callSheet');
const CIVILITIES = ['Madame', 'Monsieur', 'unknown'] as const;
const TITLES = ['mayor', 'president', 'other'] as const;
type Title = (typeof TITLES)[number];
type HeadCivility = (typeof CIVILITIES)[number];

const APPELS: Readonly<Record<Title, Readonly<Record<HeadCivility, string>>>> = {
  mayor: { Madame: 'Madame la Maire', Monsieur: 'Monsieur le Maire', unknown: 'Madame, Monsieur' },
  president: {
    Madame: 'Madame la Présidente',
    Monsieur: 'Monsieur le Président',
    unknown: 'Madame, Monsieur',
  },
  // A director is addressed with their title (« Madame la Directrice, »).
  other: { Madame: 'Madame la Directrice', Monsieur: 'Monsieur le Directeur', unknown: 'Madame, Monsieur' },
};

const HEAD_LINES: Readonly<Record<Title, Readonly<Record<HeadCivility, readonly string[]>>>> = {
  mayor: {
    Madame: ['Madame la Maire', 'Mairie de Lyon'],
    Monsieur: ['Monsieur le Maire', 'Mairie de Lyon'],
    unknown: ['Madame, Monsieur le Maire', 'Mairie de Lyon'],
  },
  president: {
    Madame: ["Madame la Présidente du Conseil départemental de l'Ain"],
    Monsieur: ["Monsieur le Président du Conseil départemental de l'Ain"],
    unknown: ["Madame, Monsieur le Président du Conseil départemental de l'Ain"],
  },
  other: {
    Madame: ['Madame la Directrice', 'Syndicat mixte des rivières du Beaujolais'],
    Monsieur: ['Monsieur le Directeur', 'Syndicat mixte des rivières du Beaujolais'],
    unknown: ['Directeur', 'Syndicat mixte des rivières du Beaujolais'],
  },
};

function recipientFor(title: Title, civility: HeadCivility): Recipient {
  const base = MARIE.recipient;
  if (title === 'mayor') return { ...base, head: { civility, title } };
  if (title === 'president') {
    return {
      ...base,
      kind: 'department',
      name: "Conseil départemental de l'Ain",
      nameWithArticle: "du Conseil départemental de l'Ain",
      head: { civility, title },
    };
  }
  return {
    ...base,
    kind: 'other',
    name: 'Syndicat mixte des rivières du Beaujolais',
    head: { civility, title, otherTitle: 'directeur' },
  };
}

const lines = (document: LetterDocument, kind: string) =>
  document.blocks.filter((block) => block.kind === kind).flatMap((block) => block.lines);
const body = (document: LetterDocument) => lines(document, 'paragraph').join('\n');

function expectCleanText(document: LetterDocument) {
  const text = `${document.title}\n${letterText(document)}`;
  expect(checkLetterText(text)).toEqual([]);
  expect(text).not.toMatch(/undefined|NaN|null|\[object|\{|\}|<|>|[ \u00A0]{2}/);
  // Vouvoiement throughout.
  expect(text).not.toMatch(/\b(tu|te|toi|ton|ta|tes)\b/i);
  // « PMSMP » spelled out exactly once.
  expect(text.match(/période de mise en situation en milieu professionnel/g)).toHaveLength(1);
}

describe.each(LETTER_KINDS)('%s', (kind) => {
  describe.each(TITLES)('to a head who is %s', (title) => {
    it.each(CIVILITIES)('whose civility is %s: appel, closing, recipient block, typography', (civility) => {
      const input: LetterInput = { ...inputFor(kind), recipient: recipientFor(title, civility) };
      const letter = writeLetter(kind, input);
      const appel = APPELS[title][civility];
      const regard = title === 'other' ? 'mes salutations distinguées' : 'ma haute considération';

      expect(lines(letter, 'salutation')).toEqual([`${appel},`]);
      expect(lines(letter, 'closing')).toEqual([
        fr(`Je vous prie d'agréer, ${appel}, l'expression de ${regard}.`),
      ]);
      expect(lines(letter, 'closing')[0]).toContain(`, ${appel}, `);
      expect(lines(letter, 'recipient').slice(0, HEAD_LINES[title][civility].length)).toEqual(
        HEAD_LINES[title][civility].map(fr),
      );
      // Capitals for the head only in the appel and the closing.
      expect(body(letter)).not.toMatch(/\b(Madame|Monsieur|Maire|Présidente?|Directeur|Directrice)\b/);
      if (kind === 'request' || kind === 'thanksAfterRefusal') {
        const ours =
          title === 'mayor'
            ? 'votre commune'
            : title === 'other'
              ? 'votre établissement'
              : 'votre collectivité';
        expect(body(letter)).toContain(ours);
      }
      expectCleanText(letter);
      expect(estimateLines(letter)).toBeLessThanOrEqual(PAGE.lines);
    });
  });

  it('follows the frame: sender left, recipient and date right, bold Objet, justified body, signature', () => {
    const letter = writeLetter(kind, inputFor(kind));
    const order = letter.blocks.map((block) => block.kind).filter((k, i, all) => all.indexOf(k) === i);
    expect(order.slice(0, 4)).toEqual(['sender', 'recipient', 'placeDate', 'subject']);
    expect(order.slice(-4)).toEqual(['salutation', 'paragraph', 'closing', 'signature']);
    const align = Object.fromEntries(letter.blocks.map((block) => [block.kind, block.align]));
    expect(align).toMatchObject({
      sender: 'left',
      recipient: 'right',
      placeDate: 'right',
      paragraph: 'justify',
    });
    expect(letter.blocks.find((block) => block.kind === 'subject')?.bold).toBe(true);
    expect(lines(letter, 'subject')[0]).toMatch(new RegExp(`^Objet${NBSP}: \\S`));
    expect(lines(letter, 'sender')).toEqual([
      'Marie Durand',
      '12 rue des Lilas',
      '69003 Lyon',
      `Tél.${NBSP}: 06 12 34 56 78`,
      `Courriel${NBSP}: marie.durand@example.fr`,
    ]);
    expect(lines(letter, 'signature')).toEqual(['Marie Durand']);
    expect(lines(letter, 'recipient').slice(-2)).toEqual(['1 place de la Comédie', '69001 Lyon']);
  });
});

describe('place, date and title', () => {
  it.each([
    ['request', '2026-11-28', 'À Lyon, le 28 novembre 2026', '2026-11-28 Demande de stage — Mairie de Lyon'],
    ['followUp', '2026-12-21', 'À Lyon, le 21 décembre 2026', '2026-12-21 Relance — Mairie de Lyon'],
    [
      'thanksAfterMeeting',
      '2026-12-17',
      'À Lyon, le 17 décembre 2026',
      '2026-12-17 Remerciement après rencontre — Mairie de Lyon',
    ],
    [
      'thanksAfterRefusal',
      '2027-01-12',
      'À Lyon, le 12 janvier 2027',
      '2027-01-12 Remerciement après refus — Mairie de Lyon',
    ],
  ] as const)('%s written on %s: « %s », Doc « %s »', (kind, _day, place, title) => {
    const letter = writeLetter(kind, inputFor(kind));
    expect(lines(letter, 'placeDate')).toEqual([place]);
    expect(letter.title).toBe(title);
    expect(letter.kind).toBe(kind);
  });

  it('writes « 1er » for the first of the month and the town of writing with its article', () => {
    const letter = writeLetter('request', {
      ...inputFor('request'),
      writtenOn: '2026-12-01',
      writtenAt: 'Le Havre',
    });
    expect(lines(letter, 'placeDate')).toEqual(['Au Havre, le 1er décembre 2026']);
  });

  it('names the fiche d’appel with its date and the collectivité', () => {
    expect(writeLetter('callSheet', inputFor('callSheet')).title).toBe(
      '2026-11-05 Fiche d’appel — Mairie de Lyon',
    );
  });
});

describe('demande de stage', () => {
  const letter = writeLetter('request', inputFor('request'));
  const text = body(letter);

  it('says, in order: who writes, what is asked and where, why, what to see, do and learn in which role, the frame, the meeting and how to reach the writer', () => {
    const markers = [
      'Demandeuse d’emploi depuis mars 2026',
      'je sollicite une période de mise en situation en milieu professionnel (PMSMP) de quatre semaines',
      'du 1er au 26 mars 2027, à temps plein (35 heures par semaine)',
      'Votre service entretient les parcs',
      'Au cours de cette immersion, je souhaite voir l’organisation des équipes',
      'J’envisage d’abord d’observer',
      // Code du travail, L5135-4: the convention is concluded between the three, not « signée avec France Travail ».
      'convention conclue entre votre commune, France Travail (agence de Lyon Part-Dieu), qui m’accompagne dans ce projet, et moi-même',
      'Votre commune n’aurait ni rémunération à me verser ni frais à engager',
      'je conserverais mon statut',
      'vous rencontrer',
      'au 06 12 34 56 78 ou par courriel à marie.durand@example.fr',
    ];
    const positions = markers.map((marker) => text.indexOf(marker));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('cites the earlier phone call and the person spoken to, and writes « À l’attention de »', () => {
    expect(text).toContain(
      'À la suite de mon échange téléphonique du 12 novembre 2026 avec Mme Dupont, cheffe du service Espaces verts, je sollicite',
    );
    expect(text).toContain('au sein de ce service');
    expect(lines(letter, 'attention')).toEqual([
      'À l’attention de Mme Dupont, cheffe du service Espaces verts',
    ]);
  });

  it('without a call: no « À l’attention de », and the service named in the request', () => {
    const direct = writeLetter('request', { ...inputFor('request'), history: {} });
    expect(lines(direct, 'attention')).toEqual([]);
    expect(body(direct)).not.toContain('téléphonique');
    expect(body(direct)).toContain(
      'Je sollicite une période de mise en situation en milieu professionnel (PMSMP) de quatre semaines au sein du service Espaces verts de votre commune, du 1er au 26 mars 2027',
    );
    expectCleanText(direct);
  });

  it('after a call with a service but no name, thanks the service', () => {
    const input = inputFor('request');
    const letter = writeLetter('request', {
      ...input,
      recipient: { ...input.recipient, interlocutor: undefined },
    });
    expect(body(letter)).toContain('du 12 novembre 2026 avec le service Espaces verts, je sollicite');
    expect(lines(letter, 'attention')).toEqual(['À l’attention du service Espaces verts']);
  });

  it.each([
    ['discover', 'Elle me permettrait de découvrir le métier d’agent des espaces verts.'],
    ['confirm', 'Elle me permettrait de confirmer mon projet de devenir agent des espaces verts.'],
    [
      'recruit',
      'Elle me permettrait d’initier une démarche de recrutement en vue d’un poste d’agent des espaces verts, si l’expérience est concluante de part et d’autre.',
    ],
  ] as const)('states the objective « %s »', (objective, sentence) => {
    const input = inputFor('request');
    expect(body(writeLetter('request', { ...input, plan: { ...input.plan, objective } }))).toContain(
      sentence,
    );
  });

  it('writes part time, a period as the person wrote it, one role for the whole stage and another prescriber', () => {
    const input = inputFor('request');
    const letter = writeLetter('request', {
      ...input,
      plan: {
        ...input.plan,
        durationWeeks: 1,
        period: { kind: 'text', text: 'en mars 2027' },
        rhythm: 'partTime',
        hoursPerWeek: 20,
        roles: [{ role: 'observer', fromWeek: 1, toWeek: 1 }],
        toSee: [],
        toDo: ['Tailler les haies', 'La tonte'],
        toLearn: [],
        counsellor: { prescriber: 'missionLocale', agency: 'Mission locale de Lyon' },
      },
    });
    const text = body(letter);
    expect(text).toContain(
      '(PMSMP) d’une semaine au sein de ce service, en mars 2027, à temps partiel (20 heures par semaine).',
    );
    expect(text).toContain('Au cours de cette immersion, je souhaite faire la tonte et tailler les haies.');
    expect(text).toContain(
      'Tout au long du stage, j’envisage d’observer pour comprendre le déroulement de l’activité.',
    );
    expect(text).toContain(
      'convention conclue entre votre commune, la Mission locale de Lyon, qui m’accompagne dans ce projet, et moi-même.',
    );
    expectCleanText(letter);
  });

  it.each([
    ['mars 2027', 'en mars 2027'],
    ['Printemps 2027', 'au printemps 2027'],
    ['dès le mois de mars', 'dès le mois de mars'],
  ])('reads the period « %s » as « %s »', (written, expected) => {
    const input = inputFor('request');
    const letter = writeLetter('request', {
      ...input,
      plan: { ...input.plan, period: { kind: 'text', text: written } },
    });
    expect(body(letter)).toContain(`au sein de ce service, ${expected}, à temps plein`);
  });

  it('keeps « apprendre à … » whole among the things to learn', () => {
    const input = inputFor('request');
    const plan = { ...input.plan, toSee: [], toDo: [], toLearn: ['Excel', 'à utiliser le logiciel de paie'] };
    expect(body(writeLetter('request', { ...input, plan }))).toContain(
      'Au cours de cette immersion, je souhaite apprendre Excel et apprendre à utiliser le logiciel de paie.',
    );
  });

  it('gives a task typed without its article one, and leaves a name as written', () => {
    const input = inputFor('request');
    const letter = writeLetter('request', {
      ...input,
      plan: {
        ...input.plan,
        toSee: ['préparation des repas', 'accueil du public'],
        toDo: ['Excel'],
        toLearn: ['gestion des plannings'],
      },
    });
    expect(body(letter)).toContain(
      'je souhaite voir la préparation des repas et l’accueil du public, faire Excel, et apprendre la gestion des plannings.',
    );
  });

  it('reads a period without a preposition as the person wrote it, between commas, never after a colon', () => {
    const input = inputFor('request');
    const letter = writeLetter('request', {
      ...input,
      plan: { ...input.plan, period: { kind: 'text', text: 'la fin de l’année' } },
    });
    expect(body(letter)).toContain('au sein de ce service, la fin de l’année, à temps plein');
    expect(body(letter)).not.toContain(`${NBSP}:`);
  });
});

describe('relance', () => {
  const letter = writeLetter('followUp', inputFor('followUp'));
  const text = body(letter);

  it('restates who writes, the date and subject of the first letter, asks where the request stands and offers to call', () => {
    expect(lines(letter, 'subject')).toEqual([
      `Objet${NBSP}: Relance de ma demande d’immersion professionnelle (PMSMP) du 28 novembre 2026`,
    ]);
    const markers = [
      'Demandeuse d’emploi depuis mars 2026',
      fr(
        "Le 28 novembre 2026, je vous ai adressé un courrier ayant pour objet « Demande d'immersion professionnelle (PMSMP) au service Espaces verts ».",
      ),
      'J’y sollicitais une période de mise en situation en milieu professionnel (PMSMP) de quatre semaines au sein du service Espaces verts, du 1er au 26 mars 2027',
      'N’ayant pas reçu de réponse à ce jour, je me permets de revenir vers vous afin de savoir où en est l’examen de ma demande, qui me tient toujours à cœur.',
      'si vous le souhaitez, appeler Mme Dupont.',
      'Vous pouvez me joindre au 06 12 34 56 78',
    ];
    const positions = markers.map((marker) => text.indexOf(marker));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('quotes the first letter’s subject as the journal kept it', () => {
    const input = inputFor('followUp');
    const quoted = writeLetter('followUp', {
      ...input,
      history: {
        firstLetter: { date: '2026-11-28', subject: 'Objet : Candidature pour un stage aux espaces verts' },
      },
      recipient: { ...input.recipient, interlocutor: undefined },
    });
    expect(body(quoted)).toContain(fr('ayant pour objet « Candidature pour un stage aux espaces verts ».'));
    expect(body(quoted)).toContain('appeler la personne chargée de ma demande.');
    expect(lines(quoted, 'attention')).toEqual([]);
  });
});

describe('remerciements', () => {
  it('after a meeting: recalls it with the person met, confirms the wish, offers to prepare the convention', () => {
    const letter = writeLetter('thanksAfterMeeting', inputFor('thanksAfterMeeting'));
    expect(lines(letter, 'subject')).toEqual([
      `Objet${NBSP}: Remerciements à la suite de la rencontre du 15 décembre 2026`,
    ]);
    expect(body(letter)).toContain(
      'Je vous remercie pour l’accueil qui m’a été réservé le 15 décembre 2026 par Mme Dupont, cheffe du service Espaces verts,',
    );
    expect(body(letter)).toContain(
      'mon souhait d’y effectuer cette immersion de quatre semaines, du 1er au 26 mars 2027.',
    );
    expect(body(letter)).toContain(
      'préparer la convention qui nous liera, votre commune, France Travail (agence de Lyon Part-Dieu) et moi-même,',
    );
  });

  it('after a meeting with someone else than the person called: « À l’attention de » the person met', () => {
    const input = inputFor('thanksAfterMeeting');
    const letter = writeLetter('thanksAfterMeeting', {
      ...input,
      history: {
        meeting: {
          date: '2026-12-15',
          with: { civility: 'Monsieur', name: 'Roux', function: 'adjoint au maire' },
        },
      },
    });
    expect(lines(letter, 'attention')).toEqual(['À l’attention de M. Roux, adjoint au maire']);
    expect(body(letter)).toContain(
      'réservé le 15 décembre 2026 par M. Roux, adjoint au maire, lors d’une rencontre',
    );
  });

  it('after a meeting with the head: « l’entretien que vous m’avez accordé »', () => {
    const input = inputFor('thanksAfterMeeting');
    const letter = writeLetter('thanksAfterMeeting', {
      ...input,
      history: { meeting: { date: '2026-12-15' } },
    });
    expect(body(letter)).toContain(
      'Je vous remercie pour l’entretien que vous m’avez accordé le 15 décembre 2026',
    );
    expect(lines(letter, 'attention')).toEqual([]);
  });

  it.each([
    ['noNeed', 'Je comprends que votre service n’ait pas de projet d’accueil pour le moment.'],
    ['noTutor', 'Je comprends qu’aucun tuteur ne puisse être disponible pour le moment.'],
    ['periodOrDuration', 'j’étudierais volontiers une autre période.'],
    ['serviceNotSuited', 'un autre service de votre commune pourrait peut-être y répondre.'],
    [
      'hrProcedure',
      'Je comprends que vos procédures et vos délais ne permettent pas cet accueil pour le moment.',
    ],
    ['other', 'Je comprends votre décision.'],
  ] as const)(
    'after a refusal (%s): thanks, understands and asks that the application be kept',
    (reason, sentence) => {
      const input = inputFor('thanksAfterRefusal');
      const letter = writeLetter('thanksAfterRefusal', {
        ...input,
        history: { refusal: { date: '2027-01-10', reason } },
      });
      const text = body(letter);
      expect(text).toContain('J’ai bien reçu votre réponse du 10 janvier 2027');
      expect(text).toContain(sentence);
      // The register due to an elected official: no « n'hésitez pas », a request that the application be kept.
      expect(text).toContain(
        'je vous saurais gré de bien vouloir conserver ma candidature, afin qu’elle puisse être examinée à nouveau si un accueil devenait possible',
      );
      expect(text).not.toMatch(/n’hésitez pas/);
      expect(text).not.toMatch(/regrett|déçu|dommage|malheureusement/i);
      expectCleanText(letter);
    },
  );
});

describe('fiche d’appel', () => {
  const sheet = writeLetter('callSheet', inputFor('callSheet'));
  const text = letterText(sheet);

  it('says who I am, what I ask, the duration and the period', () => {
    expect(text).toContain(fr('À appeler : Mme Dupont, cheffe du service Espaces verts, au 04 72 10 30 30.'));
    expect(text).toContain(
      'Bonjour, je m’appelle Marie Durand. Pourrais-je parler à Mme Dupont, cheffe du service Espaces verts',
    );
    expect(text).toContain(
      'Bonjour Madame, je m’appelle Marie Durand et je vous appelle au sujet d’une demande d’immersion professionnelle.',
    );
    expect(text).toContain(
      'Je souhaite effectuer une période de mise en situation en milieu professionnel (PMSMP) de quatre semaines dans votre service, du 1er au 26 mars 2027, à temps plein',
    );
    expect(text).toContain(
      'Cette immersion ferait l’objet d’une convention conclue entre votre commune, France Travail (agence de Lyon Part-Dieu) et moi-même',
    );
    expect(text).toContain('Seriez-vous d’accord pour que nous nous rencontrions');
    expectCleanText(sheet);
  });

  it('lists the questions to ask, the logistics to check and what to note, the refusal reason among it', () => {
    const lists = sheet.blocks.filter((block) => block.kind === 'list').map((block) => block.lines);
    expect(lists).toEqual([
      [
        fr("Votre service serait-il ouvert à l'accueil d'une personne en immersion professionnelle ?"),
        fr("Qui pourrait être mon tuteur ou ma tutrice pendant l'immersion ?"),
        fr('Quelle période conviendrait le mieux à votre service ?'),
        fr("Faut-il envoyer un courrier ? Si oui, à qui dois-je l'adresser ?"),
      ],
      [
        'Les jours et les horaires de présence',
        'La tenue ou l’équipement à prévoir (chaussures de sécurité, gants…)',
        'L’accès au lieu de stage (transports, stationnement)',
        'Le repas de midi (restaurant administratif, salle de pause)',
      ],
      [
        'Nom de la personne jointe',
        'Sa fonction',
        'Sa réponse (oui, non, à rappeler)',
        fr('En cas de refus, son motif (pour la colonne « Motif de refus » du suivi)'),
        'La prochaine étape (courrier, rencontre, rappel)',
        'La date à laquelle rappeler',
      ],
    ]);
  });

  it.each([
    [
      { civility: 'Monsieur', name: 'Martin', function: 'responsable' },
      'Bonjour Monsieur,',
      'Je vous remercie, Monsieur, pour le temps',
    ],
    [{ civility: 'Madame', name: 'Dupont' }, 'Bonjour Madame,', 'Je vous remercie, Madame, pour le temps'],
    [undefined, 'Bonjour, je m’appelle Marie Durand et', 'Je vous remercie pour le temps'],
  ] as const)(
    'greets and thanks the head of the service by civility (%o)',
    (interlocutor, greeting, thanks) => {
      const input = inputFor('callSheet');
      const sheetFor = writeLetter('callSheet', {
        ...input,
        recipient: { ...input.recipient, interlocutor, phone: '' },
      });
      const all = letterText(sheetFor);
      expect(all).toContain(greeting);
      expect(all).toContain(thanks);
      expectCleanText(sheetFor);
      if (interlocutor === undefined) {
        expect(all).toContain(
          fr(
            "À appeler : la personne responsable du service Espaces verts (numéro à demander à l'accueil de la mairie).",
          ),
        );
      }
    },
  );

  it('does without the service, as the guide says to call first', () => {
    const input = inputFor('callSheet');
    const sheetFor = writeLetter('callSheet', {
      ...input,
      recipient: { ...input.recipient, service: '', interlocutor: undefined, phone: '' },
    });
    const all = letterText(sheetFor);
    expect(all).toContain(
      fr(
        "À appeler : la personne qui s'occupe de l'accueil des stagiaires (numéro à demander à l'accueil de la mairie).",
      ),
    );
    expect(all.split('\n')[0]).toBe(fr("Fiche d'appel — Mairie de Lyon"));
    expect(all).not.toMatch(/service\s+[,.:]|, service$/m);
    expectCleanText(sheetFor);
  });

  it('needs neither the postal address nor an objective', () => {
    const input = inputFor('callSheet');
    const { objective: _objective, ...plan } = input.plan;
    const sheetFor = writeLetter('callSheet', {
      ...input,
      sender: { ...input.sender, addressLines: [], postalCode: '', town: '', email: '', phone: '' },
      plan,
    });
    expect(letterText(sheetFor)).not.toContain('Elle me permettrait');
    expectCleanText(sheetFor);
  });
});

describe('one page', () => {
  const sentences = (length: number) => {
    let text = 'Je travaille';
    while (text.length < length - 1) text += ' dans la vente';
    return `${text.slice(0, length - 1)}.`;
  };
  const phrase = (length: number) => `l${'e'.repeat(length - 1)}`;
  const atLimits: LetterInput = {
    ...inputFor('request'),
    sender: { ...MARIE.sender, firstName: 'Marie-Christine', lastName: 'de La Fontaine-Villeneuve' },
    recipient: {
      ...MARIE.recipient,
      service: sentences(MAX_LENGTHS.service).slice(0, -1),
      interlocutor: {
        civility: 'Madame',
        name: 'Dupont-Lefebvre',
        function: sentences(MAX_LENGTHS.function).slice(0, -1),
      },
    },
    plan: {
      ...MARIE.plan,
      situation: sentences(MAX_LENGTHS.situation),
      why: sentences(MAX_LENGTHS.why),
      targetJob: sentences(MAX_LENGTHS.targetJob).slice(0, -1),
      toSee: [phrase(83)],
      toDo: [phrase(83)],
      toLearn: [phrase(MAX_LENGTHS.content - 2 * 83 - 2)],
    },
  };

  it.each(LETTER_KINDS)('%s with every text of the plan at its limit fits on one page', (kind) => {
    const input = { ...atLimits, writtenOn: inputFor(kind).writtenOn };
    expect(letterPieces(kind, input)).toEqual([]);
    expect(estimateLines(writeLetter(kind, input))).toBeLessThanOrEqual(PAGE.lines);
  });

  it('refuses, in French, a letter that long addresses would still push past the page', () => {
    const lines = [
      'Résidence Les Jardins du Parc, bâtiment C, escalier 2',
      'Lieu-dit La Croix',
      'BP 1065',
      'CS 30001',
    ];
    const input: LetterInput = {
      ...atLimits,
      sender: { ...atLimits.sender, addressLines: lines },
      recipient: { ...atLimits.recipient, address: { lines, postalCode: '69205', town: 'Lyon Cedex 01' } },
    };
    expect(() => writeLetter('request', input)).toThrow(
      'Ce courrier dépasserait une page : raccourcissez votre présentation, les raisons de votre choix ou ce que vous souhaitez voir, faire et apprendre.',
    );
  });

  it.each(KINDS)('%s from the usual plan is clean and keeps to the page', (kind: Kind) => {
    const letter = writeLetter(kind, inputFor(kind));
    if (kind !== 'callSheet') expect(estimateLines(letter)).toBeLessThanOrEqual(PAGE.lines);
    expectCleanText(letter);
  });
});
