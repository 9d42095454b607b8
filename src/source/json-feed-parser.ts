import { splitBracketedSurname, type OtherNameKind } from '../domain/other-names.ts';
import type { ParsedSource, SourceRecord } from '../domain/source-record.ts';
import { describeFeedError, parseFeed, type FeedRecord } from './feed-schema.ts';
import { finishParse, type ReadSource } from './record-checks.ts';
import { clip, hasLoneSurrogate } from './text-safety.ts';

/**
 * The JSON feed (docs/feed-format.md) as source records. Invalid JSON or a document of the wrong
 * shape is refused whole; a bad record is quarantined with its index, id and field; one id twice
 * with copies that disagree quarantines every copy.
 */
export function parseJsonFeed(body: string): ParsedSource {
  return finishParse(readJsonFeed(body));
}

function readJsonFeed(body: string): ReadSource {
  let json: unknown;
  try {
    // V8 parses without recursion: 100,000 nested brackets are read, then refused record by record.
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    // The engine's message quotes a piece of the body: kept short.
    return {
      ok: false,
      error: `the feed is not valid JSON: ${clip(error instanceof Error ? error.message : String(error), 200)}`,
    };
  }
  const feed = parseFeed(json);
  if (!feed.ok) return feed;
  const quarantined = feed.rejected.map(({ error, raw }) => ({
    rowRef: `record #${error.index}`,
    reason: describeFeedError(error),
    raw,
    // A damaged id names nobody: such a row cannot keep a known person from counting as missing.
    ...(error.id !== undefined && !hasLoneSurrogate(error.id) ? { externalId: error.id } : {}),
  }));
  const rows = feed.records.map((record, index) => ({
    record: toSourceRecord(record),
    rowRef: `record #${feed.indexes[index]}`,
  }));
  return { ok: true, rows, quarantined, shape: shapeOf(json as { records: unknown[] }) };
}

/**
 * The document's own keys, and the record fields more than half of the records carry. Optional fields that few
 * records have (`expelledTo`) come and go with the news and must not trip the breaker; a renamed
 * `status` field, which every record has, must.
 */
function shapeOf(document: { records: unknown[] }): string {
  const counts = new Map<string, number>();
  for (const record of document.records) {
    if (typeof record !== 'object' || record === null) continue;
    for (const key of Object.keys(record)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const common = [...counts]
    .filter(([, n]) => n * 2 > document.records.length)
    .map(([k]) => k)
    .sort();
  return `json:${Object.keys(document).sort().join(',')};${common.join(',')}`;
}

const LATIN = /^[\p{Script=Latin}\s'’.-]+$/u;

/**
 * Names by language; names without a language fill an empty slot by their script, else become aliases.
 * Other names (`kind`) and the other surname of "Surname (Other surname) Given" become aliases with
 * their kind, so they are matched on and the card can say which name was found.
 */
function namesOf(names: FeedRecord['names']): Pick<SourceRecord, 'names' | 'aliases' | 'aliasKinds'> {
  const byLanguage: SourceRecord['names'] = {};
  const unlabeled: string[] = [];
  const aliases: string[] = [];
  const kinds: Record<string, OtherNameKind> = {};
  for (const name of names) {
    const bracketed = name.kind === undefined ? splitBracketedSurname(name.text) : undefined;
    const text = bracketed?.main ?? name.text;
    if (bracketed) {
      aliases.push(bracketed.other);
      kinds[bracketed.other] ??= 'other';
    }
    if (name.kind !== undefined) {
      aliases.push(text);
      kinds[text] = name.kind;
      continue;
    }
    const key = name.lang?.toLowerCase();
    if ((key === 'be' || key === 'ru' || key === 'en') && byLanguage[key] === undefined) byLanguage[key] = text;
    else if (key === undefined) unlabeled.push(text);
    else aliases.push(text);
  }
  for (const text of unlabeled) {
    const guess = LATIN.test(text)
      ? 'en'
      : /[іў]/i.test(text)
        ? 'be'
        : /\p{Script=Cyrillic}/u.test(text)
          ? 'ru'
          : undefined;
    if (guess && byLanguage[guess] === undefined) byLanguage[guess] = text;
    else aliases.push(text);
  }
  const unique = [...new Set(aliases)].filter((a) => !Object.values(byLanguage).includes(a));
  if (!byLanguage.be && !byLanguage.ru && !byLanguage.en && unique.length > 0) byLanguage.en = unique.shift()!;
  const aliasKinds = Object.fromEntries(Object.entries(kinds).filter(([text]) => unique.includes(text)));
  return { names: byLanguage, aliases: unique, ...(Object.keys(aliasKinds).length > 0 ? { aliasKinds } : {}) };
}

function toSourceRecord(feed: FeedRecord): SourceRecord {
  const record: SourceRecord = {
    externalId: feed.id,
    ...namesOf(feed.names),
    gender: feed.gender,
    birthDate: feed.birthDate,
    birthYear: feed.birthYear ?? (feed.birthDate ? Number(feed.birthDate.slice(0, 4)) : undefined),
    region: feed.region,
    status: feed.status,
    statusSince: feed.statusSince,
    expelledTo: feed.expelledTo,
    recognizedAt: feed.recognizedAt,
    detainedAt: feed.detainedAt,
    verdictAt: feed.verdictAt,
    facilityName: feed.facility?.name,
    facilityAddress: feed.facility?.address,
    articles: [...new Set(feed.articles ?? [])],
    sentence: feed.sentence ? { years: feed.sentence.years, months: feed.sentence.months ?? 0 } : undefined,
    penalty: feed.penalty,
    sourceUrl: feed.sourceUrl,
  };
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as unknown as SourceRecord;
}
