import { z } from 'zod';
import { parseSources } from './config-sources.ts';
import type { SourceDefinition } from './domain/source-definition.ts';
import { LANGUAGES } from './domain/language.ts';
import { DEFAULT_THRESHOLDS } from './domain/sync-plan.ts';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The usual port of a Prometheus exporter built into a service (OpenTelemetry's default). */
export const DEFAULT_METRICS_PORT = 9464;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A whole number setting with a default, in a range, with the message an operator needs. */
function wholeNumber(fallback: string, min: number, max: number, what: string) {
  const message = `must be a whole number from ${min} to ${max} (${what}).`;
  return optionalText
    .default(fallback)
    .pipe(z.coerce.number<string>({ error: message }).int(message).min(min, message).max(max, message));
}

/**
 * Every setting, with how to fix it when it is wrong. The message of each rule is shown to the
 * operator as it is, so it says what to do, not what the validator saw.
 */
const envFields = z.object({
  BOT_TOKEN: optionalText.pipe(
    z
      .string({
        error:
          'is missing. Create a bot with @BotFather in Telegram (/newbot), copy the token it gives you and set BOT_TOKEN=<token> in .env or the environment.',
      })
      .regex(
        /^\d{3,}:[A-Za-z0-9_-]{30,}$/,
        'does not look like a bot token (digits, a colon, then about 35 letters, digits, "_" or "-"). Copy it again from @BotFather (/mybots, API Token).',
      ),
  ),
  BOT_USERNAME: optionalText.pipe(
    z
      .string()
      .transform((v) => v.replace(/^@/, ''))
      .pipe(
        z
          .string()
          .regex(
            /^[A-Za-z][A-Za-z0-9_]{1,29}bot$/i,
            "must be the bot's @username as @BotFather shows it, e.g. vestka_bot (letters, digits and _, ending in bot).",
          ),
      )
      .optional(),
  ),
  DATABASE_URL: optionalText.pipe(
    z
      .url({
        protocol: /^postgres(ql)?$/,
        error:
          'must be a postgres:// or postgresql:// URL, e.g. postgres://user:pass@host:5432/vestka. Leave it unset to use the embedded database in DATA_DIR.',
      })
      .optional(),
  ),
  DATA_DIR: optionalText.default('./data'),
  ADMIN_IDS: optionalText
    .transform((v) => (v ?? '').split(/[\s,]+/).filter(Boolean))
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^\d{1,15}$/,
            'must be a comma-separated list of numeric Telegram user ids, e.g. 12345,67890 (ask @userinfobot for yours).',
          ),
      ),
    )
    .transform((ids) => ids.map(Number)),
  DEFAULT_LANGUAGE: optionalText
    .default('be')
    .pipe(z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}.` })),
  DEFAULT_TIMEZONE: optionalText
    .default('Europe/Minsk')
    .pipe(z.string().refine(isTimeZone, 'must be an IANA time zone name such as Europe/Minsk or Europe/Vilnius.')),
  TELEGRAM_API_ROOT: optionalText.default('https://api.telegram.org').pipe(
    z.url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL of a Bot API server, e.g. https://api.telegram.org or http://127.0.0.1:8081.',
    }),
  ),
  BOT_MODE: optionalText
    .default('polling')
    .pipe(z.enum(['polling', 'webhook'], { error: 'must be "polling" or "webhook".' })),
  WEBHOOK_URL: optionalText.pipe(
    z
      .url({
        protocol: /^https$/,
        error:
          'must be the public https:// URL Telegram will post updates to, e.g. https://vestka.example.org/telegram.',
      })
      .optional(),
  ),
  WEBHOOK_SECRET: optionalText.pipe(
    z
      .string()
      .regex(
        /^[A-Za-z0-9_-]{16,256}$/,
        'must be 16 to 256 letters, digits, "_" or "-" (Telegram echoes it in a header so we know the request is real). Generate one with: openssl rand -hex 32',
      )
      .optional(),
  ),
  PORT: optionalText
    .default('8080')
    .pipe(
      z.coerce
        .number<string>({ error: 'must be a port number between 0 and 65535.' })
        .int('must be a whole number.')
        .min(0)
        .max(65535, 'must be a port number between 0 and 65535.'),
    ),
  HOST: optionalText.default('0.0.0.0'),
  METRICS_PORT: optionalText.default(String(DEFAULT_METRICS_PORT)).pipe(
    z.union([z.literal('off').transform(() => undefined), z.coerce.number<string>().int().min(0).max(65535)], {
      error: 'must be a port number between 0 and 65535 for the metrics listener, or "off" for none.',
    }),
  ),
  METRICS_HOST: optionalText.default('127.0.0.1'),
  LOG_LEVEL: optionalText
    .default('info')
    .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}.` })),
  FOLLOW_LIMIT: optionalText
    .default('20')
    .pipe(
      z.coerce
        .number<string>({ error: 'must be a whole number between 1 and 1000.' })
        .int()
        .min(1)
        .max(1000, 'must be a whole number between 1 and 1000.'),
    ),
  RELEASE_APPROVAL_THRESHOLD: wholeNumber(
    '30',
    0,
    1000,
    'people a release batch may set free before a second admin must approve it',
  ),
  SCHEDULER_ENABLED: optionalText.default('true').pipe(z.stringbool({ error: 'must be true or false.' })),
  SYNC_FAILURE_ALERT_AFTER: wholeNumber('3', 1, 100, 'failed runs of a source in a row before admins are told'),
  SYNC_FETCH_TIMEOUT_SECONDS: wholeNumber('30', 1, 600, 'seconds to wait for a source'),
  SYNC_MAX_BODY_MB: wholeNumber('50', 1, 1000, 'megabytes a source body may have'),
  SYNC_MAX_CHANGE_PERCENT: wholeNumber(
    '5',
    1,
    100,
    'share of listed records one run may change before an admin must confirm it',
  ),
  SYNC_MAX_RELEASES: wholeNumber(
    '20',
    0,
    10000,
    'releases, pardons and expulsions one run may bring before an admin must confirm it',
  ),
  SYNC_MAX_DROP_PERCENT: wholeNumber('10', 1, 100, 'share of listed records that may vanish from a source in one run'),
  DELIVERY_RATE: optionalText
    .default('28')
    .pipe(
      z.coerce
        .number<string>({ error: 'must be a number of messages per second, e.g. 28 (Telegram allows about 30).' })
        .positive('must be more than 0 messages per second.')
        .max(1000, 'must be at most 1000 messages per second; Telegram allows about 30 without paid broadcasts.'),
    ),
  DELIVERY_PAID_BROADCAST: optionalText.default('false').pipe(
    z.stringbool({
      error: 'must be true or false (true sends every message with allow_paid_broadcast, paid in Stars).',
    }),
  ),
  DELIVERY_PAID_RATE: optionalText
    .default('1000')
    .pipe(
      z.coerce
        .number<string>({ error: 'must be a number of messages per second between 1 and 1000.' })
        .min(1, 'must be at least 1 message per second.')
        .max(1000, 'must be at most 1000: Telegram allows up to 1,000 paid broadcast messages per second.'),
    ),
  DRAINER_ENABLED: optionalText.default('true').pipe(z.stringbool({ error: 'must be true or false.' })),
  DESK_URL: optionalText.pipe(
    z
      .url({
        protocol: /^https$/,
        error:
          'must be the public https:// address of the admin desk on this server, ending in /desk, e.g. https://vestka.example.org/desk (Telegram opens Mini Apps over https only).',
      })
      .refine(
        (v) => new URL(v).pathname.replace(/\/+$/, '') === '/desk',
        'must end in /desk: the desk is served under that path on the public port, e.g. https://vestka.example.org/desk.',
      )
      .optional(),
  ),
  DESK_AUTH_MAX_AGE_MINUTES: wholeNumber(
    '60',
    1,
    1440,
    'minutes an opened admin desk stays authorised before it must be opened again from the chat',
  ),
});

const envSchema = envFields.superRefine((env, ctx) => {
  if (env.METRICS_PORT !== undefined && env.METRICS_PORT !== 0 && env.METRICS_PORT === env.PORT) {
    ctx.addIssue({
      code: 'custom',
      path: ['METRICS_PORT'],
      message: `must differ from PORT (${env.PORT}): metrics are served on their own listener, not on the public port.`,
    });
  }
  if (env.BOT_MODE === 'webhook') {
    if (!env.WEBHOOK_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_URL'],
        message: 'is required when BOT_MODE=webhook: the public https:// URL Telegram will post updates to.',
      });
    if (!env.WEBHOOK_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRET'],
        message: 'is required when BOT_MODE=webhook. Generate one with: openssl rand -hex 32',
      });
  }
});

export type Config = ReturnType<typeof toConfig> & { sources: SourceDefinition[] };
/** What the ops commands get: everything but the bot token. */
export type OpsConfig = Omit<Config, 'botToken'>;

function syncSettings(env: Omit<z.output<typeof envFields>, 'BOT_TOKEN'>) {
  return {
    failureAlertAfter: env.SYNC_FAILURE_ALERT_AFTER,
    fetchTimeoutMs: env.SYNC_FETCH_TIMEOUT_SECONDS * 1000,
    /** Reading stops here, while streaming: a list of a few thousand people is a few MB. */
    maxBodyBytes: env.SYNC_MAX_BODY_MB * 1024 * 1024,
    thresholds: {
      ...DEFAULT_THRESHOLDS,
      maxChangeRatio: env.SYNC_MAX_CHANGE_PERCENT / 100,
      maxReleases: env.SYNC_MAX_RELEASES,
      maxDropRatio: env.SYNC_MAX_DROP_PERCENT / 100,
    },
  };
}

/** Every setting but the token: what the ops commands (the CLI) read too. */
function settings(env: Omit<z.output<typeof envFields>, 'BOT_TOKEN'>) {
  return {
    /**
     * BOT_USERNAME: the bot's @username for links in alerts queued outside the bot process (the CLI's sync);
     * the bot itself asks Telegram (getMe).
     */
    botUsername: env.BOT_USERNAME,
    database: env.DATABASE_URL
      ? ({ kind: 'postgres', url: env.DATABASE_URL } as const)
      : ({ kind: 'embedded', dataDir: env.DATA_DIR } as const),
    adminIds: env.ADMIN_IDS,
    defaultLanguage: env.DEFAULT_LANGUAGE,
    defaultTimezone: env.DEFAULT_TIMEZONE,
    telegramApiRoot: env.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
    mode: env.BOT_MODE,
    // The full configuration refuses webhook mode without both; the ops commands do not look at them.
    webhook:
      env.BOT_MODE === 'webhook' && env.WEBHOOK_URL && env.WEBHOOK_SECRET
        ? { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET }
        : undefined,
    http: { port: env.PORT, host: env.HOST },
    /** Prometheus metrics on their own listener, loopback by default; undefined when METRICS_PORT=off. */
    metrics: env.METRICS_PORT === undefined ? undefined : { port: env.METRICS_PORT, host: env.METRICS_HOST },
    logLevel: env.LOG_LEVEL,
    followLimit: env.FOLLOW_LIMIT,
    releaseApprovalThreshold: env.RELEASE_APPROVAL_THRESHOLD,
    schedulerEnabled: env.SCHEDULER_ENABLED,
    sync: syncSettings(env),
    /** The admin desk (Telegram Mini App): its public address for the chat's buttons, undefined = no buttons. */
    desk: { url: env.DESK_URL?.replace(/\/+$/, ''), authMaxAgeMinutes: env.DESK_AUTH_MAX_AGE_MINUTES },
    delivery: {
      ratePerSecond: env.DELIVERY_RATE,
      paidBroadcast: env.DELIVERY_PAID_BROADCAST,
      paidRatePerSecond: env.DELIVERY_PAID_RATE,
      drainerEnabled: env.DRAINER_ENABLED,
    },
  };
}

function toConfig(env: z.output<typeof envSchema>) {
  return { botToken: env.BOT_TOKEN, ...settings(env) };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses the environment once; returns every problem at once so an operator fixes them in one go. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(env);
  const sources = parseSources(env);
  if (parsed.success && sources.ok) return { ok: true, config: { ...toConfig(parsed.data), sources: sources.sources } };
  return {
    ok: false,
    problems: [
      ...new Set([...(parsed.success ? [] : problemsOf(parsed.error)), ...(sources.ok ? [] : sources.problems)]),
    ],
  };
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const variable = issue.path.length > 0 ? String(issue.path[0]) : 'configuration';
    return `${variable} ${issue.message}`;
  });
}

const opsSchema = envFields.omit({ BOT_TOKEN: true });

/** What ops commands (the CLI) need: the database, admins, languages, sources and sync settings; no bot token. */
export function parseOpsConfig(env: Record<string, string | undefined>) {
  const parsed = opsSchema.safeParse(env);
  const sources = parseSources(env);
  if (!parsed.success || !sources.ok) {
    return {
      ok: false as const,
      problems: [
        ...new Set([...(parsed.success ? [] : problemsOf(parsed.error)), ...(sources.ok ? [] : sources.problems)]),
      ],
    };
  }
  return { ok: true as const, config: { ...settings(parsed.data), sources: sources.sources } satisfies OpsConfig };
}
