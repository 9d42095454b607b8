import { z } from 'zod';
import { OTHER_NAME_KINDS } from '../domain/other-names.ts';
import { FEED_STATUSES } from '../domain/status.ts';
import { hasLoneSurrogate, safeText, stripControls } from './text-safety.ts';

/**
 * The JSON source feed (docs/feed-format.md): `{"records":[{"id":"…","names":[{"text":"…","lang":"be"}],…}]}`.
 * Only `id` and `names[].text` are required. Records are validated one by one so a single bad record
 * (an unknown status, a malformed date) can be quarantined with its reason while the rest go on.
 * Every string has its invisible control characters removed first (docs/source-sync.md, "Characters a
 * source cannot send"); what identifies a person (id, names) may not have lost a character, free text
 * shows a lost one as U+FFFD.
 */
/** `other` is what a bracketed surname becomes; a feed names the kind it knows. */
const FEED_NAME_KINDS = OTHER_NAME_KINDS.filter((k) => k !== 'other') as unknown as readonly [
  'maiden',
  'married',
  'pseudonym',
  'former',
];
const cleaned = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' ? stripControls(v) : v), schema);
const isoDate = cleaned(z.iso.date({ error: 'must be a date as YYYY-MM-DD' }));

/** A name or an id: not only control characters, no character lost by an encoder. */
const identity = z
  .string()
  .refine((s) => s.trim() === '' || stripControls(s).trim() !== '', 'holds only control characters')
  .refine((s) => !hasLoneSurrogate(s), 'holds a broken character (a lone UTF-16 surrogate)')
  .refine((s) => !s.includes('\uFFFD'), 'holds a character that could not be decoded (U+FFFD)')
  .transform(stripControls)
  .pipe(z.string().trim().min(1, 'must not be empty'));
/** Free text (region, facility, penalty): a lost character is shown as U+FFFD, not refused. */
const text = z
  .string()
  .transform(safeText)
  .pipe(z.string().trim().min(1, 'must not be empty').max(500, 'is longer than 500 characters'));

export const feedNameSchema = z.object({
  text: identity.pipe(z.string().max(300, 'is longer than 300 characters')),
  lang: cleaned(z.string().trim().min(2).max(16)).optional(),
  /** A name other than the main one (docs/feed-format.md): matched on, and named on the card. */
  kind: cleaned(z.enum(FEED_NAME_KINDS, { error: `must be one of ${FEED_NAME_KINDS.join(', ')}` })).optional(),
});

export const feedRecordSchema = z
  .object({
    id: z.preprocess(
      (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
      identity.pipe(z.string().max(200, 'is longer than 200 characters')),
    ),
    names: z
      .array(feedNameSchema, { error: 'must be a list of {"text": ..., "lang": ...}' })
      .min(1, 'must hold at least one name')
      .max(50, 'holds more than 50 names'),
    gender: cleaned(z.enum(['m', 'f'], { error: 'must be "m" or "f"' })).optional(),
    birthDate: isoDate.optional(),
    birthYear: z.number().int().min(1900, 'must be a year after 1900').max(2100, 'must be a plausible year').optional(),
    region: text.optional(),
    status: cleaned(z.enum(FEED_STATUSES, { error: `must be one of ${FEED_STATUSES.join(', ')}` })).optional(),
    statusSince: isoDate.optional(),
    expelledTo: cleaned(
      z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as LT'),
    ).optional(),
    recognizedAt: isoDate.optional(),
    detainedAt: isoDate.optional(),
    verdictAt: isoDate.optional(),
    facility: z.object({ name: text.optional(), address: text.optional() }).optional(),
    articles: z
      // Length first: the pattern backtracks quadratically over a long run of spaces and digits.
      .array(
        cleaned(
          z
            .string()
            .trim()
            .max(30, 'is longer than 30 characters')
            .pipe(
              z
                .string()
                .regex(
                  /^\d{2,3}(-\d+)?(\s*(ч\.|part|p\.)?\s*\d+)?$/i,
                  'must be Criminal Code articles such as "342" or "361-1"',
                ),
            ),
        ),
      )
      .max(100, 'holds more than 100 articles')
      .optional(),
    sentence: z
      .object({ years: z.number().int().min(0).max(50), months: z.number().int().min(0).max(11).optional() })
      .optional(),
    penalty: text.optional(),
    sourceUrl: cleaned(
      z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000, 'is longer than 2000 characters'),
    ).optional(),
  })
  .loose();

export type FeedRecord = z.output<typeof feedRecordSchema>;

export interface FeedRecordError {
  index: number;
  id: string | undefined;
  /** Field path, e.g. `names[0].text` or `status`. */
  field: string;
  message: string;
}

export type FeedParse =
  | {
      ok: true;
      records: FeedRecord[];
      /** Each record's index in the document. */ indexes: number[];
      rejected: { error: FeedRecordError; raw: unknown }[];
    }
  | { ok: false; error: string };

function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  );
}

/** A feed record is 4 deep (`names[0].text`); far deeper is hostile, and recursing into it would overflow the stack. */
export const MAX_RECORD_DEPTH = 32;

/** Whether a value nests deeper than `max`, found without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Reads a parsed JSON document. The document's shape being wrong (not an object with a `records`
 * list) fails the whole feed; a bad record is reported with its index, id and field and the rest kept.
 * An id seen twice is not judged here: the sync compares the copies (src/source/duplicate-records.ts).
 */
export function parseFeed(json: unknown): FeedParse {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { records?: unknown }).records)) {
    return { ok: false, error: 'the feed must be a JSON object with a "records" list' };
  }
  const records: FeedRecord[] = [];
  const indexes: number[] = [];
  const rejected: { error: FeedRecordError; raw: unknown }[] = [];
  (json as { records: unknown[] }).records.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? stripControls(String(rawId)) : undefined;
    const reject = (field: string, message: string) => rejected.push({ error: { index, id, field, message }, raw });
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return void reject('record', 'must be a JSON object');
    if (nestsDeeperThan(raw, MAX_RECORD_DEPTH))
      return void reject('record', `nests values more than ${MAX_RECORD_DEPTH} deep`);
    const parsed = feedRecordSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return void reject(fieldPath(issue.path) || 'record', issue.message);
    }
    records.push(parsed.data);
    indexes.push(index);
  });
  return { ok: true, records, indexes, rejected };
}

export function describeFeedError(error: FeedRecordError): string {
  return `record #${error.index}${error.id !== undefined ? ` (id "${error.id}")` : ''}: ${error.field} ${error.message}`;
}
