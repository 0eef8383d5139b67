import { describe, expect, it } from 'vitest';
import type { Request } from '../../../src/domain/tracking/request-rows';
import {
  type Action,
  type ActionKind,
  ActionSchema,
  applyAction,
  changeStep,
} from '../../../src/domain/tracking/transitions';
import type { Step } from '../../../src/domain/tracking/vocabulary';
import { validate } from '../../../src/shared/validation';
import { request } from './fixtures';

const context = { today: '2026-11-20', author: 'claire@example.fr', followUpDays: 21 };
const act = (req: Request, kind: ActionKind, extra: Partial<Action> = {}) =>
  applyAction(req, { kind, date: '2026-11-03', ...extra }, context);
const at = (step: Step | '', fields: Partial<Request> = {}) =>
  request({ step, lastActionDate: step === 'À contacter' || step === '' ? null : '2026-10-01', ...fields });

function stepAfter(step: Step | '', kind: ActionKind, extra: Partial<Action> = {}): Step | string {
  const result = act(at(step), kind, extra);
  return result.ok ? result.value.request.step : `refusé : ${result.message}`;
}

describe('applyAction: the step machine', () => {
  it('walks the guide: call, letter, follow-up, positive answer, meeting, stage', () => {
    let req = at('');
    const walk: [ActionKind, Step][] = [
      ['call', 'Appel passé'],
      ['letter', 'Courrier envoyé'],
      ['followUp', 'Relance faite'],
      ['positiveAnswer', 'Réponse positive'],
      ['meeting', 'Rencontre prévue'],
      ['accept', 'Stage accepté'],
    ];
    for (const [kind, step] of walk) {
      const result = act(req, kind);
      expect(result.ok, `${kind} from ${req.step}`).toBe(true);
      if (!result.ok) return;
      expect(result.value.request.step).toBe(step);
      req = result.value.request;
    }
  });

  it('never moves an early request backwards', () => {
    expect(stepAfter('Courrier envoyé', 'call')).toBe('Courrier envoyé');
    expect(stepAfter('Relance faite', 'letter')).toBe('Relance faite');
    expect(stepAfter('Appel passé', 'email')).toBe('Courrier envoyé');
    expect(stepAfter('Appel passé', 'call')).toBe('Appel passé');
    expect(stepAfter('Réponse positive', 'call')).toBe('Réponse positive');
    expect(stepAfter('Rencontre prévue', 'email')).toBe('Rencontre prévue');
  });

  it('refuses a follow-up of a request never made', () => {
    expect(stepAfter('À contacter', 'followUp')).toBe(
      'refusé : Cette collectivité n’a pas encore été contactée : commencez par un appel ou un courrier, la relance viendra ensuite.',
    );
    expect(stepAfter('', 'followUp')).toMatch(/^refusé : Cette collectivité n’a pas encore été contactée/);
    expect(stepAfter('Réponse positive', 'followUp')).toMatch(
      /^refusé : La collectivité a déjà répondu favorablement/,
    );
  });

  it('takes an answer given at the first call in one entry, which is also the first contact', () => {
    const steps = (['positiveAnswer', 'negativeAnswer', 'accept'] as const).map((kind) =>
      stepAfter('À contacter', kind, { refusalReason: 'Service non adapté' }),
    );
    expect(steps).toEqual(['Réponse positive', 'Refusé', 'Stage accepté']);
    const refusal = act(at('À contacter'), 'negativeAnswer', { refusalReason: 'Service non adapté' });
    expect(refusal.ok && refusal.value.request).toMatchObject({
      firstContactDate: '2026-11-03',
      lastActionDate: '2026-11-03',
      refusalReason: 'Service non adapté',
    });
    expect(stepAfter('Rencontre prévue', 'positiveAnswer')).toBe(
      'refusé : Une réponse positive est déjà notée pour cette demande.',
    );
    expect(stepAfter('Stage accepté', 'accept')).toBe('refusé : Ce stage est déjà noté comme accepté.');
  });

  it('allows a meeting as the first contact, and after acceptance keeps the stage accepted', () => {
    expect(stepAfter('À contacter', 'meeting')).toBe('Rencontre prévue');
    expect(stepAfter('Stage accepté', 'meeting')).toBe('Stage accepté');
  });

  it('lets a closed request receive notes only', () => {
    for (const step of ['Refusé', 'Abandonné'] as const) {
      for (const kind of [
        'call',
        'letter',
        'followUp',
        'meeting',
        'positiveAnswer',
        'accept',
        'abandon',
      ] as const) {
        expect(stepAfter(step, kind)).toBe(
          `refusé : Cette demande est close (${step}) : vous pouvez seulement y ajouter une note. Pour la reprendre, changez d’abord son étape.`,
        );
      }
      expect(stepAfter(step, 'note', { detail: 'Rappeler en janvier' })).toBe(step);
    }
  });

  it('can always add a note, even on a step it cannot read, and changes nothing but the journal', () => {
    const req = at('Courrier envoyé', { nextFollowUpDate: '2026-10-22' });
    const result = act({ ...req, step: 'bof' }, 'note', { detail: 'Mme Martin en congé' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.changed).toEqual([]);
    expect(result.value.journal).toEqual({
      date: '2026-11-03',
      requestId: 'D-001',
      collectivity: 'Mairie de Lyon',
      action: 'Note',
      detail: 'Mme Martin en congé',
      author: 'claire@example.fr',
    });
  });

  it('refuses an empty note', () => {
    const result = act(at('Appel passé'), 'note', { detail: '  ' });
    expect(result).toEqual({
      ok: false,
      message: 'Écrivez le texte de la note.',
      fields: { detail: 'Écrivez le texte de la note.' },
    });
  });

  it('refuses an unreadable step with a message that says what to do', () => {
    const result = act({ ...at('Appel passé'), step: 'bof' }, 'call');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe(
      'L’étape « bof » n’est pas reconnue : choisissez-en une dans la liste de la colonne Étape.',
    );
  });

  it('reads a hand-typed step before acting on it', () => {
    expect(stepAfter('envoyé' as Step, 'followUp')).toBe('Relance faite');
  });
});

describe('applyAction: refusals need a reason', () => {
  it('refuses a refusal without a reason, on the reason field', () => {
    const result = act(at('Courrier envoyé'), 'negativeAnswer');
    expect(result).toEqual({
      ok: false,
      message: 'Indiquez le motif du refus : il aide à mieux cibler les prochaines demandes.',
      fields: {
        refusalReason: 'Indiquez le motif du refus : il aide à mieux cibler les prochaines demandes.',
      },
    });
    expect(act(at('Courrier envoyé'), 'negativeAnswer', { refusalReason: '  ' }).ok).toBe(false);
  });

  it('refuses a reason outside the list, and « Autre » without a detail', () => {
    const unknown = act(at('Courrier envoyé'), 'negativeAnswer', { refusalReason: 'Pas envie' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toMatch(/^Choisissez le motif dans la liste : Pas de besoin/);
    const other = act(at('Courrier envoyé'), 'negativeAnswer', { refusalReason: 'Autre (préciser)' });
    expect(other).toEqual({
      ok: false,
      message: 'Précisez le motif du refus dans le détail.',
      fields: { detail: 'Précisez le motif du refus dans le détail.' },
    });
  });

  it('records a refusal: step, reason, no follow-up, a journal answer', () => {
    const result = act(at('Relance faite', { nextFollowUpDate: '2026-10-22' }), 'negativeAnswer', {
      refusalReason: 'Pas de tuteur disponible',
      detail: 'Recontacter en septembre.',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.request).toMatchObject({
      step: 'Refusé',
      refusalReason: 'Pas de tuteur disponible',
      lastActionDate: '2026-11-03',
      nextFollowUpDate: null,
    });
    expect(result.value.journal.action).toBe('Réponse');
    expect(result.value.journal.detail).toBe('Refus : Pas de tuteur disponible. Recontacter en septembre.');
  });

  it('accepts a withdrawal after a positive answer', () => {
    expect(stepAfter('Rencontre prévue', 'negativeAnswer', { refusalReason: 'Procédure ou délais RH' })).toBe(
      'Refusé',
    );
  });
});

describe('applyAction: dates', () => {
  it('sets Dernière démarche and Prochaine relance = last action + delay for waiting steps', () => {
    const result = act(at(''), 'letter');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.request).toMatchObject({
      firstContactDate: '2026-11-03',
      lastActionDate: '2026-11-03',
      nextFollowUpDate: '2026-11-24',
    });
    expect(result.value.changed).toEqual(['step', 'firstContactDate', 'lastActionDate', 'nextFollowUpDate']);
    expect(result.value.journal.action).toBe('Courrier');
  });

  it('uses the delay of the settings', () => {
    const result = applyAction(
      at(''),
      { kind: 'call', date: '2026-11-03' },
      { ...context, followUpDays: 14 },
    );
    expect(result.ok && result.value.request.nextFollowUpDate).toBe('2026-11-17');
  });

  it('clears Prochaine relance once the collectivité has answered', () => {
    for (const kind of ['positiveAnswer', 'accept'] as const) {
      const result = act(at('Courrier envoyé', { nextFollowUpDate: '2026-10-22' }), kind);
      expect(result.ok && result.value.request.nextFollowUpDate).toBeNull();
    }
    const meeting = act(at('Réponse positive'), 'meeting');
    expect(meeting.ok && meeting.value.request.nextFollowUpDate).toBeNull();
  });

  it('records a forgotten older action without moving the dates back', () => {
    const req = at('Courrier envoyé', { firstContactDate: '2026-10-10', lastActionDate: '2026-10-20' });
    const result = applyAction(req, { kind: 'call', date: '2026-10-05' }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.request.firstContactDate).toBe('2026-10-05');
    expect(result.value.request.lastActionDate).toBe('2026-10-20');
    expect(result.value.request.nextFollowUpDate).toBe('2026-11-10');
    expect(result.value.journal.date).toBe('2026-10-05');
  });

  it('keeps the dates of an abandoned request', () => {
    const result = act(at('Courrier envoyé', { nextFollowUpDate: '2026-10-22' }), 'abandon', {
      detail: 'Trop loin.',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.request).toMatchObject({
      step: 'Abandonné',
      lastActionDate: '2026-10-01',
      nextFollowUpDate: null,
    });
    expect(result.value.journal).toMatchObject({ action: 'Note', detail: 'Demande abandonnée. Trop loin.' });
  });

  it('refuses a date after today and a date that does not exist', () => {
    const future = applyAction(at(''), { kind: 'call', date: '2026-11-21' }, context);
    expect(future).toEqual({
      ok: false,
      message: 'La date de la démarche ne peut pas être postérieure à aujourd’hui.',
      fields: { date: 'La date de la démarche ne peut pas être postérieure à aujourd’hui.' },
    });
    expect(applyAction(at(''), { kind: 'call', date: '2026-11-20' }, context).ok).toBe(true);
    expect(applyAction(at(''), { kind: 'call', date: '2026-02-30' }, context).ok).toBe(false);
  });

  it('names each action in the journal as the product does', () => {
    const journal = (step: Step, kind: ActionKind) => {
      const result = act(at(step), kind, { refusalReason: 'Service non adapté' });
      return result.ok ? result.value.journal.action : result.message;
    };
    expect(journal('À contacter', 'call')).toBe('Appel');
    expect(journal('À contacter', 'email')).toBe('Courriel');
    expect(journal('Appel passé', 'followUp')).toBe('Relance');
    expect(journal('Réponse positive', 'meeting')).toBe('Rencontre');
    expect(journal('Appel passé', 'positiveAnswer')).toBe('Réponse');
    expect(journal('Appel passé', 'negativeAnswer')).toBe('Réponse');
  });
});

describe('changeStep (sidebar or a hand edit seen by onEdit)', () => {
  it('logs the change as a note, and computes the follow-up', () => {
    const result = changeStep(at(''), { step: 'Courrier envoyé', date: '2026-11-03' }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.request).toMatchObject({
      step: 'Courrier envoyé',
      lastActionDate: '2026-11-03',
      nextFollowUpDate: '2026-11-24',
    });
    expect(result.value.journal).toMatchObject({
      action: 'Note',
      detail: 'Étape modifiée : À contacter → Courrier envoyé.',
    });
  });

  it('still refuses a refusal without a reason, and clears the reason when the request is reopened', () => {
    expect(changeStep(at('Appel passé'), { step: 'Refusé', date: '2026-11-03' }, context).ok).toBe(false);
    const refused = changeStep(
      at('Appel passé'),
      { step: 'Refusé', date: '2026-11-03', refusalReason: 'Service non adapté' },
      context,
    );
    expect(refused.ok && refused.value.journal.detail).toBe(
      'Étape modifiée : Appel passé → Refusé (Service non adapté).',
    );
    const reopened = changeStep(
      at('Refusé', { refusalReason: 'Service non adapté' }),
      { step: 'Relance faite', date: '2026-11-03' },
      context,
    );
    expect(reopened.ok && reopened.value.request.refusalReason).toBe('');
    expect(reopened.ok && reopened.value.request.nextFollowUpDate).toBe('2026-10-22');
  });

  it('refuses a step outside the list', () => {
    expect(changeStep(at(''), { step: 'Peut-être', date: '2026-11-03' }, context)).toEqual({
      ok: false,
      message: 'Choisissez une étape dans la liste.',
      fields: { step: 'Choisissez une étape dans la liste.' },
    });
  });
});

describe('ActionSchema', () => {
  it('accepts a well-formed action and refuses a bad kind or date in French', () => {
    expect(validate(ActionSchema, { kind: 'call', date: '2026-11-03' }).ok).toBe(true);
    const bad = validate(ActionSchema, { kind: 'fax', date: '31/11/2026' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.fields).toEqual({
      kind: 'Choisissez le type de démarche.',
      date: 'Indiquez une date valide.',
    });
  });
});
