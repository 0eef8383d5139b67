/**
 * MailApp: sends are recorded, never delivered. 100 recipients a day on a consumer account
 * (https://developers.google.com/apps-script/guides/services/quotas).
 */
import { counted } from './calls';
import type { EmulatedService, EmulatorContext } from './context';
import { fail } from './errors';

export const MAIL_RECIPIENTS_PER_DAY = 100;

export interface SentMail {
  from: string;
  to: string;
  cc: string | null;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  sentAt: string;
}

export interface MailAppState {
  sent: SentMail[];
}

interface MailOptions {
  to?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  cc?: string;
}

export function createMailApp(
  ctx: EmulatorContext,
  state?: MailAppState,
): EmulatedService<GoogleAppsScript.Mail.MailApp, MailAppState> & { sent(): SentMail[] } {
  const data: MailAppState = state ?? { sent: [] };
  const today = () => ctx.clock.now().toISOString().slice(0, 10);
  const usedToday = () =>
    data.sent
      .filter((m) => m.sentAt.slice(0, 10) === today() && m.from === ctx.activeUser())
      .reduce((n, m) => n + m.to.split(',').length + (m.cc ? m.cc.split(',').length : 0), 0);

  const mailApp = {
    getRemainingDailyQuota: () => Math.max(0, MAIL_RECIPIENTS_PER_DAY - usedToday()),
    sendEmail(a: string | MailOptions, subject?: string, body?: string, options: MailOptions = {}) {
      const message: MailOptions = typeof a === 'string' ? { ...options, to: a, subject, body } : a;
      if (!message.to) fail('Failed to send email: no recipient');
      const recipients = message.to.split(',').length + (message.cc ? message.cc.split(',').length : 0);
      if (usedToday() + recipients > MAIL_RECIPIENTS_PER_DAY) {
        fail('Service invoked too many times for one day: email.');
      }
      data.sent.push({
        from: ctx.activeUser(),
        to: message.to,
        cc: message.cc ?? null,
        subject: message.subject ?? '',
        body: message.body ?? '',
        htmlBody: message.htmlBody ?? null,
        name: message.name ?? null,
        replyTo: message.replyTo ?? null,
        sentAt: ctx.clock.now().toISOString(),
      });
    },
  };
  return {
    global: counted(mailApp, 'MailApp', ctx.calls) as unknown as GoogleAppsScript.Mail.MailApp,
    toJSON: () => data,
    sent: () => data.sent,
  };
}
