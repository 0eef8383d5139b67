/**
 * MailApp: sends e-mail as the person running the script; here every message is recorded.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 *
 * - sendEmail(recipient, subject, body[, options]), sendEmail(to, replyTo, subject, body) and
 *   sendEmail({ to, subject, body, htmlBody, name, replyTo, cc, bcc, noReply }).
 * - The daily quota counts recipients (to + cc + bcc): "Email recipients per day" is 100 on a
 *   consumer account, 1,500 on Workspace (https://developers.google.com/apps-script/guides/services/quotas).
 *   getRemainingDailyQuota() returns what is left; a message that does not fit throws
 *   `Service invoked too many times for one day: email.` and is not sent.
 */
import { counted } from '../calls';
import type { EmulatedService, EmulatorContext } from '../context';
import { fail } from '../errors';
import { asGas } from '../runtime';
import { consumeQuota, type QuotaWindow, quotaRemaining, type ServicesOptions, withDefaults } from './common';

type GMailApp = GoogleAppsScript.Mail.MailApp;
type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

export interface SentMail {
  /** The account that sent it (the person running the script). */
  from: string;
  /** Display name (`name` option). */
  name?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string;
  noReply?: boolean;
  subject: string;
  body: string;
  htmlBody?: string;
  attachments: number;
  /** Emulated clock time of sending, ISO. */
  sentAt: string;
}

export interface MailAppState {
  sent: SentMail[];
  quota: Record<string, QuotaWindow>;
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function addresses(list: string | undefined): string[] {
  if (!list) return [];
  const out = list
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  for (const a of out) {
    const bare = /<([^>]+)>\s*$/.exec(a)?.[1] ?? a;
    if (!EMAIL.test(bare)) fail(`Invalid email: ${a}`);
  }
  return out;
}

export interface MailAppHelpers {
  /** Messages sent so far, oldest first. Uncounted. */
  sent(): SentMail[];
  clearSent(): void;
}

export function createMailApp(
  ctx: EmulatorContext,
  state?: MailAppState | null,
  options?: ServicesOptions,
): EmulatedService<GMailApp, MailAppState> & MailAppHelpers {
  const { mailRecipientsPerDay } = withDefaults(options);
  const data: MailAppState = state ? structuredClone(state) : { sent: [], quota: {} };

  const send = (p: Params): void => {
    const to = addresses(p.to);
    const cc = addresses(p.cc);
    const bcc = addresses(p.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) fail('Failed to send email: no recipient');
    if (p.replyTo !== undefined) addresses(p.replyTo);
    const from = ctx.activeUser();
    const now = ctx.clock.now();
    consumeQuota(data.quota, from, count, mailRecipientsPerDay, now, 'email');
    const mail: SentMail = {
      from,
      to,
      cc,
      bcc,
      subject: String(p.subject ?? ''),
      body: String(p.body ?? ''),
      attachments: p.attachments?.length ?? 0,
      sentAt: now.toISOString(),
    };
    if (p.name !== undefined) mail.name = p.name;
    if (p.replyTo !== undefined) mail.replyTo = p.replyTo;
    if (p.noReply !== undefined) mail.noReply = p.noReply;
    if (p.htmlBody !== undefined) mail.htmlBody = p.htmlBody;
    data.sent.push(mail);
  };

  const app: Pick<GMailApp, 'sendEmail' | 'getRemainingDailyQuota'> = {
    sendEmail(...args: unknown[]): void {
      const [a, b, c, d] = args;
      if (args.length === 1 && a && typeof a === 'object') send(a as Params);
      else if (args.length === 4 && typeof d === 'string') {
        send({ to: a as string, replyTo: b as string, subject: c as string, body: d });
      } else if (args.length >= 3 && typeof a === 'string') {
        send({ ...((d as Params | undefined) ?? {}), to: a, subject: String(b), body: String(c) });
      } else {
        fail(
          `The parameters (${args.map((x) => (typeof x === 'object' ? 'Object' : typeof x)).join(',')}) don't match the method signature for MailApp.sendEmail.`,
        );
      }
    },
    getRemainingDailyQuota: () =>
      quotaRemaining(data.quota[ctx.activeUser()], mailRecipientsPerDay, ctx.clock.now()),
  };

  return {
    global: asGas<GMailApp>(counted(app, 'MailApp', ctx.calls)),
    toJSON: () => structuredClone(data),
    sent: () => structuredClone(data.sent),
    clearSent: () => {
      data.sent = [];
    },
  };
}
