// MailApp: messages are recorded (never sent) with their recipients, against a daily recipient quota, so tests can
// assert who was written to, what they were told, and what happens when the quota is used up.
import { counted } from '../core/calls';
import { requireAuthorization, type ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import type { ServiceStoresState } from './stores';

export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  name: string | null;
  replyTo: string | null;
  from: string;
  at: number;
  executionId: number;
}

export interface MailState {
  /**
   * Recipients a day: 100 for a consumer account, 1,500 for Workspace (apps-script-facts §10 [doc],
   * apps-script/guides/services/quotas). Each recipient of a message counts, cc and bcc included ([seen]
   * karan173/Multi-Forward-for-Gmail#2: "4 mails to 3 people is counted as 12").
   */
  dailyRecipients: number;
  sent: SentMail[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function newMailState(): MailState {
  return { dailyRecipients: 100, sent: [] };
}

interface MessageOptions {
  to?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  cc?: string;
  bcc?: string;
  name?: string;
  replyTo?: string;
}

const addresses = (list: string | undefined): string[] =>
  (list ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);

/**
 * [open] when the quota day starts (Google does not say in which time zone): the emulation counts the last 24 hours,
 * the stricter reading.
 */
function usedToday(state: MailState, now: number): number {
  return state.sent
    .filter((m) => now - m.at < DAY_MS)
    .reduce((n, m) => n + m.to.length + m.cc.length + m.bcc.length, 0);
}

export function createMailApp(ctx: ServiceContext, services: ServiceStoresState) {
  // State files written before MailApp was emulated have no mail record.
  services.mail ??= newMailState();
  const state = services.mail;
  const guard = (method: string) => {
    requireAuthorization(ctx, `MailApp.${method}`);
    // Simple triggers "cannot access services that require authorization. For example, a simple trigger cannot
    // send an email" (apps-script/guides/triggers [doc]). [open] the exact text.
    if (ctx.authMode === 'LIMITED')
      throw exception(ctx.realm, `You do not have permission to call MailApp.${method}.`);
  };
  const app = {
    sendEmail(first: string | MessageOptions, subject?: string, body?: string, options: MessageOptions = {}) {
      guard('sendEmail');
      const message: MessageOptions =
        typeof first === 'object' && first !== null ? first : { ...options, to: first, subject, body };
      const mail: SentMail = {
        to: addresses(message.to),
        cc: addresses(message.cc),
        bcc: addresses(message.bcc),
        subject: String(message.subject ?? ''),
        body: String(message.body ?? ''),
        name: message.name ?? null,
        replyTo: message.replyTo ?? null,
        from: ctx.userEmail,
        at: ctx.now(),
        executionId: ctx.executionId,
      };
      const recipients = mail.to.length + mail.cc.length + mail.bcc.length;
      // [seen] StackOverflow reports "Exception: Failed to send email: no recipient" for an empty address.
      if (recipients === 0) throw exception(ctx.realm, 'Failed to send email: no recipient');
      // [seen] dwyl/learn-to-send-email-via-google-script-html-no-server#376: name "Exception", this message.
      if (usedToday(state, ctx.now()) + recipients > state.dailyRecipients)
        throw exception(ctx.realm, 'Service invoked too many times for one day: email.');
      state.sent.push(mail);
    },
    getRemainingDailyQuota(): number {
      guard('getRemainingDailyQuota');
      return Math.max(0, state.dailyRecipients - usedToday(state, ctx.now()));
    },
  } satisfies Partial<Record<keyof GoogleAppsScript.Mail.MailApp, unknown>>;
  return counted(app, 'MailApp', ctx.calls);
}
