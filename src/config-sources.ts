import { validate as isCronExpression } from 'node-cron';
import { z } from 'zod';
import type { SourceDefinition } from './domain/source-definition.ts';
import { formatFromName, SOURCE_FORMATS } from './source/parse-source.ts';

export const DEFAULT_SOURCE_SCHEDULE = '*/15 * * * *';

const sourceSchema = z
  .strictObject(
    {
      name: z
        .string({ error: 'needs a "name"' })
        .regex(
          /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/,
          'name must be 1-40 letters, digits, ".", "_" or "-", e.g. "viasna-en"',
        ),
      url: z
        .string({ error: 'needs a "url": an http(s) URL or a file path' })
        .trim()
        .min(1, 'url must not be empty')
        .refine(
          (u) => /^https?:\/\/\S+$/i.test(u) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(u),
          'url must be an http(s) URL or a file path',
        ),
      format: z.enum(SOURCE_FORMATS, { error: `format must be one of ${SOURCE_FORMATS.join(', ')}` }).optional(),
      schedule: z
        .string()
        .trim()
        .default(DEFAULT_SOURCE_SCHEDULE)
        .refine(isCronExpression, 'schedule must be a cron expression such as "*/15 * * * *" (every 15 minutes)'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? 'only name, url, format and schedule are allowed' : undefined,
    },
  )
  .transform((s, ctx) => {
    const format = s.format ?? formatFromName(s.url);
    if (!format) {
      ctx.addIssue({ code: 'custom', message: `format is needed for ${s.url}: json, csv or html` });
      return z.NEVER;
    }
    return { name: s.name, url: s.url, format, schedule: s.schedule } satisfies SourceDefinition;
  });

/**
 * The sources to sync, from `SOURCES` (a JSON list) and/or the one-source shorthand `SOURCE_URL`
 * (+ `SOURCE_FORMAT`, `SOURCE_SCHEDULE`, `SOURCE_NAME`). Returns them, or one plain problem per line.
 */
export function parseSources(
  env: Record<string, string | undefined>,
): { ok: true; sources: SourceDefinition[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const sources: SourceDefinition[] = [];
  const take = (variable: string, value: unknown, index?: number) => {
    const parsed = sourceSchema.safeParse(value);
    const where = index === undefined ? variable : `${variable} entry ${index + 1}`;
    if (parsed.success) sources.push(parsed.data);
    else problems.push(...parsed.error.issues.map((i) => `${where}: ${i.message}.`));
  };
  const list = env.SOURCES?.trim();
  if (list) {
    let json: unknown;
    try {
      json = JSON.parse(list);
    } catch {
      json = undefined;
    }
    if (!Array.isArray(json))
      problems.push(
        'SOURCES must be a JSON list such as [{"name":"viasna","url":"https://example.org/prisoners.json","format":"json"}].',
      );
    else json.forEach((entry, index) => take('SOURCES', entry, index));
  }
  const url = env.SOURCE_URL?.trim();
  if (url) {
    take('SOURCE_URL', {
      name: env.SOURCE_NAME?.trim() || 'main',
      url,
      format: env.SOURCE_FORMAT?.trim() || undefined,
      schedule: env.SOURCE_SCHEDULE?.trim() || undefined,
    });
  } else if (env.SOURCE_FORMAT?.trim() || env.SOURCE_SCHEDULE?.trim()) {
    problems.push('SOURCE_URL is needed when SOURCE_FORMAT or SOURCE_SCHEDULE is set.');
  }
  const names = sources.map((s) => s.name);
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i)))
    problems.push(`SOURCES: the name "${name}" is used twice.`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sources };
}
