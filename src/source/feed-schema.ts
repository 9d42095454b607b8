import { z } from 'zod';
import { FEED_STATUSES } from '../domain/status.ts';

/**
 * The JSON source feed (docs/feed-format.md): `{"records":[{"id":"…","names":[{"text":"…","lang":"be"}],…}]}`.
 * Only `id` and `names[].text` are required. Records are validated one by one so a single bad record
 * (an unknown status, a malformed date) can be quarantined with its reason while the rest go on.
 */
const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
const text = z.string().trim().min(1, 'must not be empty');

export const feedNameSchema = z.object({
  text: text.max(300, 'is longer than 300 characters'),
  lang: z.string().trim().min(2).max(16).optional(),
});

export const feedRecordSchema = z
  .object({
    id: z.union([text, z.number().int().transform(String)]).pipe(z.string().max(200, 'is longer than 200 characters')),
    names: z.array(feedNameSchema, { error: 'must be a list of {"text": ..., "lang": ...}' }).min(1, 'must hold at least one name'),
    gender: z.enum(['m', 'f'], { error: 'must be "m" or "f"' }).optional(),
    birthDate: isoDate.optional(),
    birthYear: z.number().int().min(1900, 'must be a year after 1900').max(2100, 'must be a plausible year').optional(),
    region: text.optional(),
    status: z.enum(FEED_STATUSES, { error: `must be one of ${FEED_STATUSES.join(', ')}` }).optional(),
    statusSince: isoDate.optional(),
    expelledTo: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as LT').optional(),
    recognizedAt: isoDate.optional(),
    detainedAt: isoDate.optional(),
    verdictAt: isoDate.optional(),
    facility: z.object({ name: text.optional(), address: text.optional() }).optional(),
    articles: z.array(z.string().trim().regex(/^\d{2,3}(-\d+)?(\s*(ч\.|part|p\.)?\s*\d+)?$/i, 'must be Criminal Code articles such as "342" or "361-1"')).optional(),
    sentence: z.object({ years: z.number().int().min(0).max(50), months: z.number().int().min(0).max(11).optional() }).optional(),
    penalty: text.optional(),
    sourceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
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
  | { ok: true; records: FeedRecord[]; rejected: { error: FeedRecordError; raw: unknown }[] }
  | { ok: false; error: string };

function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

/**
 * Reads a parsed JSON document. The document's shape being wrong (not an object with a `records`
 * list) fails the whole feed; a bad record is reported with its index, id and field and the rest kept.
 */
export function parseFeed(json: unknown): FeedParse {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { records?: unknown }).records)) {
    return { ok: false, error: 'the feed must be a JSON object with a "records" list' };
  }
  const records: FeedRecord[] = [];
  const rejected: { error: FeedRecordError; raw: unknown }[] = [];
  const seen = new Set<string>();
  (json as { records: unknown[] }).records.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
    const parsed = feedRecordSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      rejected.push({ error: { index, id, field: fieldPath(issue.path) || 'record', message: issue.message }, raw });
      return;
    }
    if (seen.has(parsed.data.id)) {
      rejected.push({ error: { index, id, field: 'id', message: 'appears more than once in the feed' }, raw });
      return;
    }
    seen.add(parsed.data.id);
    records.push(parsed.data);
  });
  return { ok: true, records, rejected };
}

export function describeFeedError(error: FeedRecordError): string {
  return `record #${error.index}${error.id !== undefined ? ` (id "${error.id}")` : ''}: ${error.field} ${error.message}`;
}
