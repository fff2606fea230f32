// Session, Utilities, Logger and ScriptApp: the small services every execution gets.
import { createHash, randomUUID } from 'node:crypto';
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

/** Utilities.DigestAlgorithm and Utilities.Charset (developers.google.com/apps-script/reference/utilities). */
const DIGEST_ALGORITHMS = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
} as const;
const CHARSETS = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

/**
 * Utilities.computeDigest(algorithm, value[, charset]) → Byte[]. Apps Script bytes are Java's, signed (−128…127):
 * every published hex conversion adds 256 to negative bytes. A string is encoded in the charset given (UTF-8
 * without one, the reference's default for strings); a Byte[] is taken as it is.
 */
function computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
  if (!Object.values(DIGEST_ALGORITHMS).includes(algorithm as never))
    throw new Error('Invalid argument: algorithm');
  // Node's crypto has no MD2: fail loudly rather than answer something else.
  if (algorithm === DIGEST_ALGORITHMS.MD2) throw new Error('the emulation does not implement MD2');
  const bytes =
    typeof value === 'string'
      ? Buffer.from(value, charset === CHARSETS.US_ASCII ? 'ascii' : 'utf8')
      : Buffer.from(value.map((b) => b & 0xff));
  return [...createHash(algorithm).update(bytes).digest()].map((b) => (b > 127 ? b - 256 : b));
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
      DigestAlgorithm: DIGEST_ALGORITHMS,
      Charset: CHARSETS,
      computeDigest,
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
