import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../../src/domain/plan/plan';
import { validate } from '../../../src/shared/validation';
import { COMPLETE, plan } from './fixtures';

const fieldsOf = (payload: unknown): Readonly<Record<string, string>> => {
  const result = validate(PlanSchema, payload);
  return result.ok ? {} : result.fields;
};

describe('the draft schema', () => {
  it('accepts an empty plan, and gives every section', () => {
    expect(plan({})).toEqual({
      why: {},
      role: {},
      content: {},
      conditions: { logistics: {} },
      contact: { me: {}, counsellor: {} },
    });
  });

  it('accepts a complete plan', () => {
    expect(validate(PlanSchema, COMPLETE).ok).toBe(true);
  });

  it('treats what a form sends for « nothing typed » as absent', () => {
    const read = plan({
      why: { objective: '' as never, otherReason: '   ' },
      conditions: { hoursPerWeek: Number.NaN, earliestStart: '' },
      contact: { me: { email: '', phone: null as never } },
    });
    expect(read.why).toEqual({});
    expect(read.conditions).toEqual({ logistics: {} });
    expect(read.contact.me).toEqual({});
  });

  it('trims text and removes duplicated list items', () => {
    const read = plan({
      content: { targetJob: '  Agent d’accueil ', tasksToDo: ['Accueil', 'Accueil', ' Courrier '] },
    });
    expect(read.content.targetJob).toBe('Agent d’accueil');
    expect(read.content.tasksToDo).toEqual(['Accueil', 'Courrier']);
  });

  it('allows several reasons but one official objective among the three', () => {
    expect(plan({ why: { reasons: ['immersion', 'network', 'immersion'] } }).why.reasons).toEqual([
      'immersion',
      'network',
    ]);
    expect(fieldsOf({ why: { objective: 'other' } })).toEqual({
      'why.objective': 'Choisissez l’un des trois objectifs officiels de la PMSMP.',
    });
    expect(fieldsOf({ why: { objective: ['discover', 'confirm'] } })['why.objective']).toBe(
      'Choisissez l’un des trois objectifs officiels de la PMSMP.',
    );
  });

  it.each(['camille@exemple.fr', 'camille.martin+stage@mairie-lyon.fr'])('accepts the e-mail %s', (email) => {
    expect(fieldsOf({ contact: { me: { email } } })).toEqual({});
  });

  it.each(['camille', 'camille@', 'camille@exemple', 'camille @exemple.fr', 'a@b.c'])(
    'refuses the e-mail %s',
    (email) => {
      expect(fieldsOf({ contact: { counsellor: { email } } })).toEqual({
        'contact.counsellor.email':
          'Saisissez une adresse de courriel valide, par exemple prenom.nom@exemple.fr.',
      });
    },
  );

  it.each([
    '06 12 34 56 78',
    '0612345678',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '04 78 12 34 56',
    '+33 6 12 34 56 78',
    '+33612345678',
    '+33 (0)6 12 34 56 78',
    '0033 6 12 34 56 78',
    '+262 692 12 34 56',
  ])('accepts the French phone number %s', (phone) => {
    expect(fieldsOf({ contact: { me: { phone } } })).toEqual({});
  });

  it.each([
    '06 12 34 56',
    '6 12 34 56 78',
    '00 12 34 56 78',
    '+44 20 7946 0958',
    '06 12 34 56 78 9',
    'zéro six',
  ])('refuses the phone number %s', (phone) => {
    expect(fieldsOf({ contact: { me: { phone } } })).toEqual({
      'contact.me.phone':
        'Saisissez un numéro de téléphone français à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
    });
  });

  it('checks the postal code', () => {
    expect(fieldsOf({ contact: { me: { postalCode: '01000' } } })).toEqual({});
    expect(fieldsOf({ contact: { me: { postalCode: '1000' } } })).toEqual({
      'contact.me.postalCode': 'Le code postal compte 5 chiffres, par exemple 69003.',
    });
  });

  it.each(['2026-02-30', '02/11/2026', '2026-11-2', 'demain'])('refuses the date %s', (earliestStart) => {
    expect(fieldsOf({ conditions: { earliestStart } })).toEqual({
      'conditions.earliestStart': 'Indiquez une date qui existe, par exemple 03/11/2026.',
    });
  });

  it('says the limit and the length of an over-long text', () => {
    expect(fieldsOf({ content: { currentSkills: 'a'.repeat(1000) } })).toEqual({});
    expect(fieldsOf({ content: { currentSkills: 'a'.repeat(1001) } })).toEqual({
      'content.currentSkills':
        'Ce texte ne peut pas dépasser 1000 caractères (il en compte 1001) : raccourcissez-le.',
    });
    expect(fieldsOf({ contact: { me: { firstName: 'é'.repeat(101) } } })).toEqual({
      'contact.me.firstName':
        'Ce texte ne peut pas dépasser 100 caractères (il en compte 101) : raccourcissez-le.',
    });
    expect(fieldsOf({ content: { tasksToDo: ['x'.repeat(201)] } })).toEqual({
      'content.tasksToDo.0':
        'Ce texte ne peut pas dépasser 200 caractères (il en compte 201) : raccourcissez-le.',
    });
    expect(fieldsOf({ contact: { pitch: 'p'.repeat(1501) } })['contact.pitch']).toMatch(/1500 caractères/);
  });

  it('limits a list to 20 items', () => {
    const items = Array.from({ length: 21 }, (_, i) => `Tâche ${i + 1}`);
    expect(fieldsOf({ content: { tasksToSee: items.slice(0, 20) } })).toEqual({});
    expect(fieldsOf({ content: { tasksToSee: items } })).toEqual({
      'content.tasksToSee': 'Indiquez au plus 20 éléments : regroupez ceux qui se ressemblent.',
    });
  });

  it('keeps reporting every field at once, with its path', () => {
    const fields = fieldsOf({
      conditions: { hoursPerWeek: 50 },
      contact: { me: { email: 'x', phone: '12' } },
      role: { phases: [{ role: 'chef', from: 1, to: 1 }] },
    });
    expect(Object.keys(fields).sort()).toEqual([
      'conditions.hoursPerWeek',
      'contact.me.email',
      'contact.me.phone',
      'role.phases.0.role',
    ]);
  });

  it('drops empty answers of a payload made in another global scope (the sidebar’s, through google.script.run)', () => {
    const payload: unknown = vm.runInNewContext(
      "({ why: { otherReason: '', objective: 'confirm' }, content: { romeCode: '' } })",
    );
    expect(fieldsOf(payload)).toEqual({});
    expect(validate(PlanSchema, payload)).toMatchObject({
      ok: true,
      value: { why: { objective: 'confirm' }, content: {} },
    });
  });
});
