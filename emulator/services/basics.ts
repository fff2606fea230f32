// Session, Utilities, Logger and ScriptApp: the small services every execution gets.
import { randomUUID } from 'node:crypto';
import { EmulatedBlob } from '../charts/charts';
import { counted } from '../core/calls';
import { requireAuthorization, type ServiceContext } from '../core/context';
import type { ServiceStoresState } from './stores';

/** Utilities.formatDate with the SimpleDateFormat letters the add-on uses, in any IANA time zone. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts: Record<string, string> = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const offsetMinutes = Math.round(
    (Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ) -
      Math.floor(date.getTime() / 1000) * 1000) /
      60000,
  );
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const tokens: Record<string, string> = {
    yyyy: parts.year as string,
    MM: parts.month as string,
    dd: parts.day as string,
    HH: parts.hour as string,
    mm: parts.minute as string,
    ss: parts.second as string,
    SSS: String(date.getTime() % 1000).padStart(3, '0'),
    XXX: offset,
    E: parts.weekday as string,
  };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|SSS|XXX|E/g, (match, quoted: string | undefined) =>
    quoted !== undefined ? quoted : (tokens[match] ?? match),
  );
}

export function createBasics(ctx: ServiceContext, state: ServiceStoresState) {
  const user = { getEmail: () => ctx.userEmail };
  const Session = counted(
    {
      getActiveUser: () => {
        requireAuthorization(ctx, 'Session.getActiveUser');
        return user;
      },
      getEffectiveUser: () => {
        requireAuthorization(ctx, 'Session.getEffectiveUser');
        return user;
      },
      getScriptTimeZone: () => 'Asia/Tokyo',
      getTemporaryActiveUserKey: () => Buffer.from(ctx.userEmail).toString('base64url'),
    },
    'Session',
    ctx.calls,
  );
  const Utilities = counted(
    {
      formatDate: (date: Date, timeZone: string, pattern: string) => formatDate(date, timeZone, pattern),
      getUuid: () => randomUUID(),
      sleep: (ms: number) => ctx.sleep(ms),
      /** Text is stored as UTF-8; a blob made without a content type or name has none (null). */
      newBlob: (data: string | number[], contentType?: string, name?: string) =>
        new EmulatedBlob(
          ctx,
          typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff)),
          contentType ?? null,
          name ?? null,
        ),
    },
    'Utilities',
    ctx.calls,
  );
  const log = (...args: unknown[]) => {
    state.logs.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  };
  const Logger = counted({ log }, 'Logger', ctx.calls);
  const ScriptApp = counted(
    {
      AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
      getScriptId: () => 'emulated-script',
    },
    'ScriptApp',
    ctx.calls,
  );
  const console = { log, info: log, warn: log, error: log };
  return { Session, Utilities, Logger, ScriptApp, console };
}
