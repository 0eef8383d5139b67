import { describe, expect, it } from 'vitest';
import { createMailApp } from '../../../src/local/emulator/services/mail-app';
import { testContext, thrown } from './context';

const MAIL_APP = 'https://developers.google.com/apps-script/reference/mail/mail-app';
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';

function setup(mailRecipientsPerDay?: number) {
  const { ctx, setUser } = testContext({
    now: new Date('2025-06-02T08:00:00Z'),
    user: 'camille@example.org',
  });
  const service = createMailApp(
    ctx,
    null,
    mailRecipientsPerDay === undefined ? {} : { mailRecipientsPerDay },
  );
  return { ctx, setUser, service, app: service.global };
}

describe(`MailApp (${MAIL_APP})`, () => {
  it('sendEmail(recipient, subject, body, options) is recorded with the sender and the clock time', () => {
    const { app, service } = setup();
    app.sendEmail('mairie@example.fr', 'Demande de stage', 'Madame, Monsieur…', {
      name: 'Camille Martin',
      replyTo: 'camille@example.org',
      cc: 'conseillere@example.org',
    });
    expect(service.sent()).toEqual([
      {
        from: 'camille@example.org',
        name: 'Camille Martin',
        to: ['mairie@example.fr'],
        cc: ['conseillere@example.org'],
        bcc: [],
        replyTo: 'camille@example.org',
        subject: 'Demande de stage',
        body: 'Madame, Monsieur…',
        attachments: 0,
        sentAt: '2025-06-02T08:00:00.000Z',
      },
    ]);
  });

  it('sendEmail({ to, subject, body, htmlBody }) and sendEmail(to, replyTo, subject, body)', () => {
    const { app, service } = setup();
    app.sendEmail({
      to: 'a@example.fr, b@example.fr',
      subject: 'Relance',
      body: 'texte',
      htmlBody: '<p>texte</p>',
    });
    app.sendEmail('c@example.fr', 'camille@example.org', 'Merci', 'Merci pour l’accueil');
    const [first, second] = service.sent();
    expect(first).toMatchObject({ to: ['a@example.fr', 'b@example.fr'], htmlBody: '<p>texte</p>' });
    expect(second).toMatchObject({ to: ['c@example.fr'], replyTo: 'camille@example.org', subject: 'Merci' });
  });

  it(`the daily quota counts recipients (100 / day consumer, ${QUOTAS}); a message that does not fit throws and is not sent`, () => {
    const { ctx, app, service } = setup(3);
    expect(app.getRemainingDailyQuota()).toBe(3);
    app.sendEmail({ to: 'a@example.fr', cc: 'b@example.fr', subject: 's', body: 'b' });
    expect(app.getRemainingDailyQuota()).toBe(1);
    const error = thrown(() => app.sendEmail({ to: 'c@example.fr, d@example.fr', subject: 's', body: 'b' }));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Service invoked too many times for one day: email.');
    expect(service.sent()).toHaveLength(1);
    app.sendEmail('c@example.fr', 's', 'b');
    expect(app.getRemainingDailyQuota()).toBe(0);
    ctx.clock.advanceDays(1);
    expect(app.getRemainingDailyQuota()).toBe(3);
  });

  it('the quota is per sender; the default is 100', () => {
    const { app, setUser } = setup();
    expect(app.getRemainingDailyQuota()).toBe(100);
    app.sendEmail('a@example.fr', 's', 'b');
    setUser('conseillere@example.org');
    expect(app.getRemainingDailyQuota()).toBe(100);
  });

  it('an invalid address or no recipient throws and sends nothing', () => {
    const { app, service } = setup();
    expect(thrown(() => app.sendEmail('pas une adresse', 's', 'b')).message).toBe(
      'Invalid email: pas une adresse',
    );
    expect(() => app.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow('no recipient');
    expect(service.sent()).toEqual([]);
    expect(app.getRemainingDailyQuota()).toBe(100);
  });

  it('counts MailApp.sendEmail and MailApp.getRemainingDailyQuota', () => {
    const { ctx, app } = setup();
    app.getRemainingDailyQuota();
    app.sendEmail('a@example.fr', 's', 'b');
    expect(ctx.calls.snapshot()).toEqual({ 'MailApp.getRemainingDailyQuota': 1, 'MailApp.sendEmail': 1 });
  });
});
