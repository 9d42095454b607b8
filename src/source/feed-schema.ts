import { z } from 'zod';
import { FEED_STATUSES } from '../domain/status.ts';

/**
 * The JSON source feed (docs/feed-format.md): `{"records":[{"id":..., "names":[{"text":..., "lang":...}], ...}]}`.
 * Only `records[].id` and `records[].names[].text` are required. Unknown fields are allowed and
 * dropped, so a source may carry more than Vestka reads.
 */

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD.' });
const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required.' : 'must be a string.') })
  .trim()
  .min(1, 'must not be empty.');

export const feedNameSchema = z.object({
  text,
  /** be, ru, en, or another short language tag (pl, de, lt, be-lacinka, ...). */
  lang: z
    .string({ error: 'must be a language tag such as be, ru, en, pl or be-lacinka.' })
    .regex(/^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i, 'must be a language tag such as be, ru, en, pl or be-lacinka.')
    .optional(),
});

export const feedRecordSchema = z
  .object({
    id: text,
    names: z
      .array(feedNameSchema, { error: (issue) => (issue.input === undefined ? 'is required.' : 'must be a list of names.') })
      .min(1, 'must hold at least one name.'),
    gender: z.enum(['m', 'f'], { error: 'must be "m" or "f".' }).optional(),
    birthDate: isoDate.optional(),
    birthYear: z.number({ error: 'must be a year.' }).int('must be a whole year.').min(1900, 'must be 1900 or later.').max(2100, 'must be a year before 2100.').optional(),
    region: text.optional(),
    status: z.enum(FEED_STATUSES, { error: `must be one of ${FEED_STATUSES.join(', ')}.` }).optional(),
    statusSince: isoDate.optional(),
    /** ISO 3166-1 alpha-2 code of the country a person was expelled to (LT, UA, ...). */
    expelledTo: z.string({ error: 'must be a two-letter country code such as LT or UA.' }).regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as LT or UA.').optional(),
    recognizedAt: isoDate.optional(),
    detainedAt: isoDate.optional(),
    verdictAt: isoDate.optional(),
    facility: z.object({ name: text.optional(), address: text.optional() }, { error: 'must be an object with name and address.' }).optional(),
    articles: z.array(z.string({ error: 'must be an article number such as "342" or "361-1".' }).regex(/^\d{1,3}(?:[-.]\d{1,2})*$/, 'must be an article number such as "342", "361-1" or "130.3" (article 130, part 3).'), { error: 'must be a list of article numbers.' }).optional(),
    sentence: z
      .object(
        {
          years: z.number({ error: 'must be a number of years.' }).int('must be whole years.').min(0, 'must not be negative.').max(99, 'must be under 100.').optional(),
          months: z.number({ error: 'must be a number of months.' }).int('must be whole months.').min(0, 'must not be negative.').max(11, 'must be 0 to 11; put whole years in years.').optional(),
        },
        { error: 'must be an object with years and months.' },
      )
      .optional(),
    penalty: text.optional(),
    sourceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL.' }).optional(),
  })
  .superRefine((record, ctx) => {
    if (record.birthDate !== undefined && record.birthYear !== undefined && Number(record.birthDate.slice(0, 4)) !== record.birthYear) {
      ctx.addIssue({ code: 'custom', path: ['birthYear'], message: `disagrees with birthDate ${record.birthDate}.` });
    }
    if (record.expelledTo !== undefined && record.status !== undefined && record.status !== 'expelled') {
      ctx.addIssue({ code: 'custom', path: ['expelledTo'], message: `is only given with status "expelled" (status is "${record.status}").` });
    }
  });

export const feedSchema = z.object(
  { records: z.array(z.unknown(), { error: 'must be a list of records.' }) },
  { error: 'must be an object with a "records" list.' },
);

export type FeedName = z.infer<typeof feedNameSchema>;
export type FeedRecord = z.infer<typeof feedRecordSchema>;

/** One problem in a feed, naming where it is: the record (index and id, when known) and the field. */
export interface FeedError {
  index?: number;
  id?: string;
  /** Dotted path inside the record (`names[0].text`), or inside the file for a problem outside records. */
  field: string;
  message: string;
}

export type FeedRecordResult = { ok: true; record: FeedRecord } | { ok: false; errors: FeedError[] };
export type FeedResult = { ok: true; records: FeedRecord[] } | { ok: false; errors: FeedError[] };

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

function recordId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as Record<string, unknown>).id;
  return typeof id === 'string' && id.trim() ? id : undefined;
}

/** Validates one record on its own, so a source sync can set one bad record aside and keep the rest. */
export function parseFeedRecord(raw: unknown, index?: number): FeedRecordResult {
  const parsed = feedRecordSchema.safeParse(raw);
  if (parsed.success) return { ok: true, record: parsed.data };
  const id = recordId(raw);
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({ index, id, field: pathText(issue.path) || '(record)', message: issue.message })),
  };
}

/** Every record validated on its own: the good ones, and the bad ones with their reasons. */
export function parseFeedLeniently(json: unknown): { records: FeedRecord[]; rejected: FeedError[][]; fileErrors: FeedError[] } {
  const file = feedSchema.safeParse(json);
  if (!file.success) return { records: [], rejected: [], fileErrors: file.error.issues.map((i) => ({ field: pathText(i.path) || '(file)', message: i.message })) };
  const records: FeedRecord[] = [];
  const rejected: FeedError[][] = [];
  file.data.records.forEach((raw, index) => {
    const result = parseFeedRecord(raw, index);
    if (result.ok) records.push(result.record);
    else rejected.push(result.errors);
  });
  return { records, rejected, fileErrors: [] };
}

/** The whole file, strictly: every record valid and every id unique, or the list of what is wrong. */
export function parseFeed(json: unknown): FeedResult {
  const { records, rejected, fileErrors } = parseFeedLeniently(json);
  const errors = [...fileErrors, ...rejected.flat()];
  const seen = new Map<string, number>();
  if (fileErrors.length === 0) {
    (json as { records: unknown[] }).records.forEach((raw, index) => {
      const id = recordId(raw);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) errors.push({ index, id, field: 'id', message: `repeats the id of record ${first}.` });
      else seen.set(id, index);
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records };
}

/** "record 3 (id "x"): names[0].text: must not be empty." */
export function describeFeedError(e: FeedError): string {
  const where = e.index === undefined ? '' : `record ${e.index}${e.id === undefined ? '' : ` (id "${e.id}")`}: `;
  return `${where}${e.field}: ${e.message}`;
}
