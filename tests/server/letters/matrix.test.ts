/**
 * The wide matrix (issue 13): letters generated for bodies taken from the real collectivités
 * data — communes of every INSEE type de liaison in every département, every intercommunalité,
 * every département and région, the overseas and special-status bodies — × every interlocutor
 * (none, the head, a deputy, a district mayor, a service head, a CCAS président) × every head
 * answer × every kind. Each letter is checked for the classes of mistakes a careful French
 * writer would see; the golden letters (golden.test.ts) are the ones read in full.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/collectivites';
import {
  checkLetterText,
  estimateLines,
  type LetterDocument,
  type LetterKind,
  letterText,
  MissingPiecesError,
  PAGE,
  writeLetter,
} from '../../../src/domain/letters';
import { realData } from '../../domain/collectivites/real-data';
import { type Body, type Case, HEAD_ANSWERS, type HeadAnswer, INTERLOCUTORS, inputOf, KINDS } from './matrix';

let directory: Directory;
let bodies: Body[];

const SERVICES = [
  'Espaces verts',
  'Accueil',
  'Direction des ressources humaines',
  'Médiathèque',
  'École',
  'Atelier',
];

/** Bodies from the data: communes of each (département, type de liaison), every 80th commune, every EPCI, département and région. */
function bodiesOf(d: Directory): Body[] {
  const found: Body[] = [];
  const service = () => SERVICES[found.length % SERVICES.length] as string;
  const seen = new Set<string>();
  for (let index = 0; ; index++) {
    const commune = d.commune(index);
    if (commune.code === '' || commune.name === '') break;
    const pair = `${commune.departmentCode}:${commune.liaison}:${/^h/i.test(commune.name)}`;
    if (seen.has(pair) && index % 80 !== 0) continue;
    seen.add(pair);
    found.push({
      id: commune.code,
      type: 'Commune',
      code: commune.code,
      name: commune.name,
      service: service(),
    });
  }
  for (let index = 0; ; index++) {
    const epci = d.epci(index);
    if (epci === undefined) break;
    found.push({
      id: epci.siren,
      type: 'Intercommunalité',
      code: epci.siren,
      name: epci.name,
      service: service(),
    });
  }
  const codes = [
    ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')),
    '2A',
    '2B',
    ...Array.from({ length: 19 }, (_, i) => String(971 + i)),
  ];
  for (const code of codes) {
    const department = d.department(code);
    if (department !== undefined)
      found.push({ id: `d${code}`, type: 'Département', code, name: department.name, service: service() });
    const region = d.region(code);
    if (region !== undefined)
      found.push({ id: `r${code}`, type: 'Région', code, name: region.name, service: service() });
  }
  return found;
}

/** Special-status and overseas bodies, typed as a person would type them, crossed with everything. */
const SPECIAL: readonly Body[] = [
  {
    id: 'paris-dep',
    type: 'Département',
    code: '',
    name: 'Conseil départemental de Paris',
    service: 'Accueil',
  },
  { id: 'paris', type: 'Commune', code: '75056', name: 'Paris', service: 'Bibliothèques' },
  {
    id: 'metropole-lyon',
    type: 'Intercommunalité',
    code: '200046977',
    name: 'Métropole de Lyon',
    service: 'Insertion',
  },
  { id: 'corse-sud', type: 'Département', code: '', name: 'Corse-du-Sud', service: 'Routes' },
  { id: 'haute-corse', type: 'Département', code: '2B', name: 'Haute-Corse', service: 'Routes' },
  { id: 'corse', type: 'Région', code: '94', name: 'Corse', service: 'Culture' },
  {
    id: 'martinique',
    type: 'Département',
    code: '',
    name: 'Conseil départemental de Martinique',
    service: 'Culture',
  },
  { id: 'guyane', type: 'Région', code: '', name: 'Guyane', service: 'Culture' },
  { id: 'mayotte', type: 'Région', code: '', name: 'Conseil régional de Mayotte', service: 'Éducation' },
  { id: 'alsace', type: 'Département', code: '67', name: 'Bas-Rhin', service: 'Collèges' },
  { id: 'ccas', type: 'Autre organisme public', code: '', name: 'CCAS de Bron', service: 'Aide à domicile' },
  { id: 'marseille', type: 'Commune', code: '13055', name: 'Marseille', service: 'Écoles' },
];

const APPELS = {
  mayor: { Madame: 'Madame la Maire', Monsieur: 'Monsieur le Maire' },
  president: { Madame: 'Madame la Présidente', Monsieur: 'Monsieur le Président' },
} as const;

// Bodies that do not exist: a letter never names them.
const NO_SUCH_BODY =
  /Conseil (départemental|général) (de Paris|de (la )?Corse|de la Corse-du-Sud|de la Haute-Corse|de (la )?Martinique|de (la )?Guyane|du Bas-Rhin|du Haut-Rhin)|Conseil régional de (Mayotte|Corse|Martinique|Guyane)/;
// A missed elision or contraction (« de Annecy », « de le », « à les »); « y » and « h » left to the data.
const NO_ELISION =
  /(^|[\s(])(de|que|je|ne|me|se|le|la) [aeiouéèêëàâîïôûœAEIOUÉÈÊËÀÂÎÏÔÛŒ]|(^|\s)(à|de) (le|les) /;
// A function left in the masculine after « Mme Roux, ».
const MASCULINE_AFTER_MME =
  /Mme Roux, (chef|directeur|adjoint|chargé|attaché|conseiller|vice-président|président|maire délégué)(?![\p{L}])/u;
const DOUBLED_TYPE =
  /(Communauté (de communes|d['’]agglomération|urbaine)|Métropole) (Communauté|Agglo|Agglomération|Métropole)(?![p{L}])/;
const DOUBLED_WORD = /(?<![\p{L}])(?!nous |vous )(\p{L}{2,}) \1(?![\p{L}])/iu;
// Templates: a label, a colon and what the person typed.
const TEMPLATE = /(compétences actuelles|attends ceci|période suivante|Mes raisons)\u00a0:/;

type ProblemClass =
  | 'appel'
  | 'closing'
  | 'recipient'
  | 'bodyExists'
  | 'elision'
  | 'agreement'
  | 'template'
  | 'coeur'
  | 'doubledType'
  | 'typography'
  | 'onePage'
  | 'unaskedRefused';

interface Problem {
  readonly problem: ProblemClass;
  readonly at: string;
  readonly detail: string;
}

const lines = (document: LetterDocument, kind: string) =>
  document.blocks.filter((block) => block.kind === kind).flatMap((block) => block.lines);

/** The head's title as the row's body makes it: a maire for a commune (and for Paris), a président otherwise. */
function titleOf(c: Case): 'mayor' | 'president' {
  const paris = c.body.type === 'Département' && (c.body.code === '75' || /paris/i.test(c.body.name));
  return c.body.type === 'Commune' || paris ? 'mayor' : 'president';
}

/** The appel the case calls for, or null when the head is not known yet (the letter is refused). */
function expectedAppel(c: Case): string | null {
  const spokenToHead =
    c.interlocutor === 'head' || (c.body.type === 'Autre organisme public' && c.interlocutor === 'ccas');
  // The row leaves the head's columns empty when the head was spoken to: the head is that person.
  const answer: HeadAnswer = spokenToHead ? c.civility : c.head;
  if (answer === '') return null;
  if (answer === 'Inconnue') return 'Madame, Monsieur';
  return APPELS[titleOf(c)][answer];
}

function problemsOf(c: Case, kind: LetterKind): Problem[] {
  const at = `${c.body.id} ${c.body.name} / ${c.interlocutor} ${c.civility} / head ${c.head || '—'} / ${kind}`;
  const problems: Problem[] = [];
  const add = (problem: ProblemClass, detail: string) => problems.push({ problem, at, detail });
  const appel = expectedAppel(c);
  let document: LetterDocument;
  try {
    document = writeLetter(kind, inputOf(c, kind, directory));
  } catch (error) {
    const unasked =
      error instanceof MissingPiecesError && error.pieces.some((p) => p.field === 'recipient.head.civility');
    if (!(appel === null && unasked && kind !== 'callSheet')) add('unaskedRefused', String(error));
    return problems;
  }
  if (appel === null && kind !== 'callSheet')
    add('unaskedRefused', 'a letter to a head nobody named was drafted');
  const text = letterText(document);
  if (kind !== 'callSheet' && appel !== null) {
    const salutation = lines(document, 'salutation')[0];
    if (salutation !== `${appel},`) add('appel', `${salutation} instead of ${appel},`);
    const closing = lines(document, 'closing')[0] ?? '';
    if (!closing.includes(`, ${appel}, `)) add('closing', closing);
    const first = lines(document, 'recipient')[0] ?? '';
    const head = appel === 'Madame, Monsieur' ? 'Madame, Monsieur le' : appel;
    if (!first.startsWith(head)) add('recipient', `${first} does not start with ${head}`);
  }
  if (NO_SUCH_BODY.test(text)) add('bodyExists', NO_SUCH_BODY.exec(text)?.[0] ?? '');
  const words = text.replace(/\S+@\S+/g, '');
  if (NO_ELISION.test(words))
    add('elision', words.slice(Math.max(0, (NO_ELISION.exec(words)?.index ?? 0) - 30)).slice(0, 80));
  if (MASCULINE_AFTER_MME.test(text)) add('agreement', MASCULINE_AFTER_MME.exec(text)?.[0] ?? '');
  if (/Madame l[e’']|Monsieur la /.test(text.replace(/Madame l’(Adjointe|Attachée)/g, '')))
    add('agreement', 'Madame le / Monsieur la');
  const paragraphs = lines(document, 'paragraph');
  for (const paragraph of paragraphs) {
    if (TEMPLATE.test(paragraph)) add('template', paragraph.slice(0, 80));
    if (kind !== 'callSheet' && /\u00a0:/.test(paragraph.replace(/«[^»]*»/g, '')))
      add('template', paragraph.slice(0, 80));
  }
  if (/(?<![\p{L}])[Cc]oeur/u.test(text)) add('coeur', /[^\n]*[Cc]oeur[^\n]*/.exec(text)?.[0] ?? '');
  if (DOUBLED_TYPE.test(text)) add('doubledType', DOUBLED_TYPE.exec(text)?.[0] ?? '');
  if (DOUBLED_WORD.test(text)) add('doubledType', DOUBLED_WORD.exec(text)?.[0] ?? '');
  const typography = checkLetterText(text);
  if (typography.length > 0) add('typography', typography.map((p) => `${p.code}: ${p.excerpt}`).join(' | '));
  // A letter fits one page; the fiche d'appel is a page to read on the phone, not a letter.
  if (kind !== 'callSheet' && estimateLines(document) > PAGE.lines)
    add('onePage', String(estimateLines(document)));
  return problems;
}

beforeAll(() => {
  directory = realData().directory;
  bodies = bodiesOf(directory);
});

describe('the wide matrix of letters', () => {
  it('the checks see what they look for (each class fails on a letter that has the mistake)', () => {
    expect(NO_SUCH_BODY.test('Madame la Présidente du Conseil départemental de Paris')).toBe(true);
    expect(NO_SUCH_BODY.test('Monsieur le Président du Conseil régional de Mayotte')).toBe(true);
    expect(NO_ELISION.test('Mairie de Annecy')).toBe(true);
    expect(NO_ELISION.test('au sein de le service')).toBe(true);
    expect(NO_ELISION.test('Mairie d’Annecy, de Haguenau, du Havre')).toBe(false);
    expect(MASCULINE_AFTER_MME.test('À l’attention de Mme Roux, chargé de recrutement')).toBe(true);
    expect(MASCULINE_AFTER_MME.test('À l’attention de Mme Roux, chargée de recrutement')).toBe(false);
    expect(DOUBLED_TYPE.test('Communauté d’agglomération Communauté Paris-Saclay')).toBe(true);
    expect(DOUBLED_WORD.test('au sein du du service')).toBe(true);
    expect(DOUBLED_WORD.test('que nous nous rencontrions')).toBe(false);
    expect(TEMPLATE.test('Mes compétences actuelles\u00a0: accueil')).toBe(true);
  });

  it('takes every kind of body from the data, in numbers', () => {
    const types = new Set(bodies.map((b) => b.type));
    expect([...types].sort()).toEqual(['Commune', 'Département', 'Intercommunalité', 'Région']);
    expect(bodies.filter((b) => b.type === 'Intercommunalité').length).toBeGreaterThan(1200);
    expect(bodies.length).toBeGreaterThan(2000);
  });

  // Six slices, each within the test timeout on a busy machine.
  it.each([0, 1, 2, 3, 4, 5])(
    'from the data, slice %i: bodies, interlocutors, heads and kinds in turn; no problem of any class',
    (slice) => {
      const problems: Problem[] = [];
      let letters = 0;
      bodies.forEach((body, index) => {
        if (index % 6 !== slice) return;
        const c: Case = {
          body,
          interlocutor: INTERLOCUTORS[Math.floor(index / 6) % INTERLOCUTORS.length] as Case['interlocutor'],
          civility: Math.floor(index / 6) % 2 === 0 ? 'Madame' : 'Monsieur',
          // Every seventh row: nobody has said who the head is yet.
          head:
            index % 7 === 3 ? '' : (HEAD_ANSWERS[Math.floor(index / 12) % HEAD_ANSWERS.length] as HeadAnswer),
          variant: index,
        };
        for (const kind of KINDS) {
          letters++;
          problems.push(...problemsOf(c, kind));
        }
      });
      expect(letters).toBeGreaterThan(1500);
      expect(problems.slice(0, 20).map((p) => `${p.problem} — ${p.at} — ${p.detail}`)).toEqual([]);
    },
  );

  it('special-status and overseas bodies × every interlocutor × every civility × every head answer × every kind', () => {
    const problems: Problem[] = [];
    let variant = 0;
    for (const body of SPECIAL) {
      for (const interlocutor of INTERLOCUTORS) {
        for (const civility of ['Madame', 'Monsieur'] as const) {
          for (const head of [...HEAD_ANSWERS, ''] as const) {
            const c: Case = { body, interlocutor, civility, head, variant: variant++ };
            for (const kind of KINDS) problems.push(...problemsOf(c, kind));
          }
        }
      }
    }
    expect(variant).toBe(SPECIAL.length * INTERLOCUTORS.length * 2 * 4);
    expect(problems.slice(0, 20).map((p) => `${p.problem} — ${p.at} — ${p.detail}`)).toEqual([]);
  });
});
