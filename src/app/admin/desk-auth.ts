import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Who opened the admin desk, from the `initData` Telegram hands a Mini App: checked as Telegram
 * documents it (core.telegram.org/bots/webapps, "Validating data received via the Mini App"). The
 * secret is HMAC-SHA256 of the bot token keyed with "WebAppData"; the hash is HMAC-SHA256 of the
 * other fields, sorted by name, one `name=value` a line. No cookie, no session: every call carries
 * its initData and is checked again.
 */
export type DeskIdentity =
  | { ok: true; userId: number; languageCode: string | undefined }
  | { ok: false; reason: 'missing' | 'malformed' | 'forged' | 'expired' };

const userSchema = z.object({ id: z.number().int().positive(), language_code: z.string().max(35).optional() });

const fieldsSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  auth_date: z
    .string()
    .regex(/^\d{1,12}$/)
    .transform(Number),
  user: z
    .string()
    .max(4096)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'user is not JSON' });
        return z.NEVER;
      }
    })
    .pipe(userSchema),
});

/** initData is a query string of a few hundred bytes; anything far larger is not Telegram's. */
const MAX_INIT_DATA = 8192;

export function verifyInitData(
  initData: string | undefined,
  botToken: string,
  now: Date,
  maxAgeMinutes: number,
): DeskIdentity {
  if (!initData) return { ok: false, reason: 'missing' };
  if (initData.length > MAX_INIT_DATA) return { ok: false, reason: 'malformed' };
  const params = new URLSearchParams(initData);
  const fields = fieldsSchema.safeParse(Object.fromEntries(params));
  if (!fields.success) return { ok: false, reason: 'malformed' };
  // Checked before the time: a forged initData learns nothing about how fresh it would have to be.
  const expected = initDataHash(params, botToken);
  if (!timingSafeEqual(Buffer.from(fields.data.hash, 'hex'), expected)) return { ok: false, reason: 'forged' };
  const age = now.getTime() / 1000 - fields.data.auth_date;
  // A little tolerance for a clock ahead of ours; a date far in the future is not a fresh one.
  if (age > maxAgeMinutes * 60 || age < -60) return { ok: false, reason: 'expired' };
  return { ok: true, userId: fields.data.user.id, languageCode: fields.data.user.language_code };
}

function initDataHash(params: URLSearchParams, botToken: string): Buffer {
  const check = [...params]
    .filter(([key]) => key !== 'hash')
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('\n');
  const secret = createHmac('sha256', 'WebAppData').update(botToken).digest();
  return createHmac('sha256', secret).update(check).digest();
}

/**
 * Signs initData as Telegram would: for tests and benches, which play Telegram with their own bot
 * token. The server never signs anything.
 */
export function signInitData(
  botToken: string,
  fields: {
    user: { id: number; language_code?: string; first_name?: string };
    authDate: Date;
    extra?: Record<string, string>;
  },
): string {
  const params = new URLSearchParams({
    auth_date: String(Math.floor(fields.authDate.getTime() / 1000)),
    query_id: 'AAHdF6IQAAAAAN0XohDhrOrc',
    user: JSON.stringify({ first_name: 'Admin', ...fields.user }),
    ...fields.extra,
  });
  params.set('hash', initDataHash(params, botToken).toString('hex'));
  return params.toString();
}

/** An unchecked guess at the caller's language, only to say "open it again" in it. */
export function unverifiedLanguage(initData: string | undefined): string | undefined {
  try {
    const user = userSchema.safeParse(JSON.parse(new URLSearchParams(initData ?? '').get('user') ?? 'null'));
    return user.success ? user.data.language_code : undefined;
  } catch {
    return undefined;
  }
}
