/**
 * The directory split by département (issue 14): one commune's proposals and a letter's
 * addressee read one part of about 15 KB instead of the whole 1.1 MB, with the same answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Directory, loadDirectory, proposeCollectivites } from '../../../src/domain/collectivites';
import { departmentOfCommune, departmentsOfPostalCode } from '../../../src/domain/collectivites/data-format';
import { realData } from './real-data';

let whole: Directory;
let parts: Map<string, { text: string; directory: Directory }>;
beforeAll(() => {
  const { file, directory } = realData();
  whole = directory;
  parts = new Map(
    file.parts
      .filter((part) => !part.name.startsWith('Collectivites-noms-'))
      .map((part) => [
        part.name.replace(/^Collectivites-|\.html$/g, ''),
        { text: part.text, directory: loadDirectory(part.text) },
      ]),
  );
});

const partOf = (code: string) => {
  const part = parts.get(departmentOfCommune(code));
  if (!part) throw new Error(`no part for ${code}`);
  return part.directory;
};

describe('the parts of the directory', () => {
  it('one per département and the groupings, none over 60 KB', () => {
    expect(parts.has('69')).toBe(true);
    expect(parts.has('2A')).toBe(true);
    expect(parts.has('974')).toBe(true);
    expect(parts.has('groupements')).toBe(true);
    const largest = Math.max(...[...parts.values()].map((p) => Buffer.byteLength(p.text)));
    expect(largest).toBeLessThanOrEqual(60 * 1024);
  });

  it('every postal and INSEE code leads to a part: a code whose part is missing names no commune', () => {
    for (let i = 0; i < whole.communeCount; i++) {
      const commune = whole.commune(i);
      expect(parts.has(departmentOfCommune(commune.code)), commune.code).toBe(true);
      for (const postal of commune.postalCodes) {
        for (const department of departmentsOfPostalCode(postal))
          expect(
            parts
              .get(department)
              ?.directory.byPostalCode(postal)
              .map((c) => c.code),
            postal,
          ).toContain(commune.code);
      }
    }
  });

  it('propose exactly what the whole directory proposes, populations of département and région included', () => {
    for (const code of ['69266', '2A004', '97411', '01001', '75056', '13055']) {
      expect(proposeCollectivites(partOf(code), code), code).toEqual(proposeCollectivites(whole, code));
    }
  });

  it('an EPCI spanning two départements: its members in the other one come with the part', () => {
    // Find an EPCI whose members are in two départements, in the whole data.
    let found: { epci: number; departments: string[] } | undefined;
    for (let e = 0; whole.epci(e) !== undefined && found === undefined; e++) {
      const departments = [...new Set(whole.members(e).map((i) => whole.commune(i).departmentCode))];
      if (departments.length > 1) found = { epci: e, departments };
    }
    if (!found) throw new Error('no EPCI spans two départements in the data');
    const member = whole.commune(whole.members(found.epci)[0] as number);
    const siren = whole.epci(found.epci)?.siren;
    for (const department of found.departments) {
      const part = parts.get(department)?.directory;
      const inPart = part?.byCode(member.code);
      expect(inPart, department).toBeDefined();
      const epci = part?.epci(inPart?.epci ?? -1);
      expect(epci?.siren).toBe(siren);
      expect(part?.members(epci?.index ?? -1).length).toBe(whole.members(found.epci).length);
    }
  });

  it('the groupings: every EPCI, département and région, with their populations, and no commune', () => {
    const groupings = parts.get('groupements')?.directory;
    expect(groupings?.communeCount).toBe(0);
    expect(groupings?.department('69')?.name).toBe(whole.department('69')?.name);
    expect(groupings?.regionPopulation('84')).toBe(whole.regionPopulation('84'));
    expect(groupings?.departmentPopulation('69')).toBe(whole.departmentPopulation('69'));
    let count = 0;
    while (groupings?.epci(count) !== undefined) count++;
    let all = 0;
    while (whole.epci(all) !== undefined) all++;
    expect(count).toBe(all);
  });
});
