/**
 * The golden letters (issue 13): for a matrix of bodies × interlocutors × kinds, each letter in
 * full as a careful French writer reviewed it, in golden/<case>.txt. A changed word shows as a
 * diff. After a deliberate change of the text, re-read the new letters and rewrite the files
 * with `UPDATE_GOLDEN=1 npx vitest run tests/server/letters/golden.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/collectivites';
import { type LetterKind, letterText, writeLetter } from '../../../src/domain/letters';
import { realData } from '../../domain/collectivites/real-data';
import { type Body, type Case, inputOf } from './matrix';

let directory: Directory;
beforeAll(() => {
  directory = realData().directory;
});

const body = (
  id: string,
  type: Body['type'],
  code: string,
  name: string,
  service = 'Accueil et état civil',
) => ({
  id,
  type,
  code,
  name,
  service,
});

const LYON = body('lyon', 'Commune', '69123', 'Ville de Lyon', 'Espaces verts');
const HYERES = body('hyeres', 'Commune', '83069', 'Hyères');
const LE_HAVRE = body('le-havre', 'Commune', '76351', 'Le Havre', 'Direction des ressources humaines');
const METROPOLE_LYON = body(
  'metropole-lyon',
  'Intercommunalité',
  '200046977',
  'Métropole de Lyon',
  'Insertion',
);
const GEX = body('pays-de-gex', 'Intercommunalité', '240100750', 'Pays de Gex agglo', 'Petite enfance');
const SACLAY = body('paris-saclay', 'Intercommunalité', '200056232', 'Paris-Saclay', 'Ressources humaines');
const SOLOGNE = body('coeur-de-sologne', 'Intercommunalité', '200000800', 'Coeur de Sologne', 'Tourisme');
const RHONE = body('rhone', 'Département', '69', 'Rhône', 'Action sociale');
const BRETAGNE = body('bretagne', 'Région', '53', 'Bretagne', 'Lycées');
const PARIS = body('paris', 'Département', '', 'Conseil départemental de Paris', 'Bibliothèques');
const PARIS_COMMUNE = body('ville-de-paris', 'Commune', '75056', 'Paris', 'Bibliothèques');
const CORSE = body('corse-du-sud', 'Département', '2A', 'Corse-du-Sud', 'Routes');
const MARTINIQUE = body('martinique', 'Région', '02', 'Martinique', 'Culture');
const MAYOTTE = body('mayotte', 'Région', '06', 'Conseil régional de Mayotte', 'Éducation');
const CCAS = body('ccas-bron', 'Autre organisme public', '', 'CCAS de Bron', 'Aide à domicile');

const at = (
  b: Body,
  interlocutor: Case['interlocutor'],
  civility: Case['civility'],
  head: Case['head'],
  variant = 0,
) => ({ body: b, interlocutor, civility, head, variant }) satisfies Case;

/** Each golden case: the file name says the body, the person spoken to, the head and the kind. */
const GOLDEN: readonly (readonly [Case, readonly LetterKind[]])[] = [
  [
    at(LYON, 'serviceHead', 'Madame', 'Monsieur'),
    ['request', 'followUp', 'thanksAfterMeeting', 'thanksAfterRefusal', 'callSheet'],
  ],
  [at(HYERES, 'head', 'Madame', ''), ['request', 'thanksAfterMeeting']],
  [at(LE_HAVRE, 'deputy', 'Madame', 'Monsieur'), ['request', 'callSheet']],
  [at(METROPOLE_LYON, 'deputy', 'Monsieur', 'Madame'), ['request']],
  [at(GEX, 'unknown', 'Madame', 'Monsieur'), ['request', 'followUp']],
  [at(SACLAY, 'serviceHead', 'Madame', 'Monsieur', 2), ['request']],
  [at(SOLOGNE, 'serviceHead', 'Monsieur', 'Madame', 3), ['request']],
  [at(RHONE, 'serviceHead', 'Madame', 'Madame', 1), ['request']],
  [at(BRETAGNE, 'unknown', 'Madame', 'Inconnue'), ['request', 'thanksAfterRefusal']],
  [at(PARIS, 'serviceHead', 'Madame', 'Madame', 1), ['request']],
  [at(PARIS_COMMUNE, 'district', 'Monsieur', 'Madame'), ['request', 'thanksAfterMeeting']],
  [at(CORSE, 'serviceHead', 'Monsieur', 'Monsieur', 4), ['request']],
  [at(MARTINIQUE, 'unknown', 'Madame', 'Monsieur'), ['thanksAfterRefusal']],
  [at(MAYOTTE, 'serviceHead', 'Madame', 'Madame'), ['request']],
  [at(CCAS, 'ccas', 'Monsieur', ''), ['request', 'thanksAfterMeeting']],
];

const fileOf = (c: Case, kind: LetterKind) =>
  join(
    __dirname,
    'golden',
    `${c.body.id}--${c.interlocutor}-${c.civility.toLowerCase()}--head-${c.head === '' ? 'spoken-to' : c.head.toLowerCase()}--${kind}.txt`,
  );

describe('the golden letters, compared in full', () => {
  for (const [c, kinds] of GOLDEN) {
    for (const kind of kinds) {
      const path = fileOf(c, kind);
      it(path.slice(path.indexOf('golden/')), () => {
        const document = writeLetter(kind, inputOf(c, kind, directory));
        const text = `${document.title}\n\n${letterText(document)}\n`;
        if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
          if (process.env.UPDATE_GOLDEN !== '1')
            throw new Error(`No golden file ${path}: review the letter, then run with UPDATE_GOLDEN=1`);
          writeFileSync(path, text);
        }
        expect(text).toBe(readFileSync(path, 'utf8'));
      });
    }
  }
});
