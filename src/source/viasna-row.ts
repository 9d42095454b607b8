import type { Language } from '../domain/language.ts';
import type { QuarantinedRow, SourceRecord } from '../domain/source-record.ts';
import type { ViasnaField } from './viasna-headers.ts';
import { readStatusCell, resolveStatus } from './viasna-status.ts';
import { isError, isUnstated, readArticles, readDate, readGender, readSentence } from './viasna-values.ts';

export interface RowContext {
  language: Language;
  /** 1-based data row number, for admins. */
  rowRef: string;
  /** The person's page at the source (HTML links), already absolute. */
  link?: string;
  /** Postal address of the prison (HTML `data-address`). */
  address?: string;
  /** The list has a verdict or sentence column. */
  verdictColumns: boolean;
}

const MAX_TEXT = 500;

/**
 * Turns one row of a CSV export or HTML table into a source record, or says why it cannot.
 * Lists without an id column get a key from name and birth date: a respelled name there looks like a
 * new person (and the old one goes "missing", which is never announced).
 */
export function readViasnaRow(cells: Partial<Record<ViasnaField, string>>, context: RowContext): { record: SourceRecord } | { quarantined: QuarantinedRow } {
  const name = cells.name?.replace(/\s+/g, ' ').trim();
  const fail = (reason: string, externalId?: string) => ({ quarantined: { rowRef: context.rowRef, reason, raw: cells, ...(externalId ? { externalId } : {}) } });
  if (!name || isUnstated(name)) return fail('has no name');
  if (name.length > 300) return fail('name is longer than 300 characters');

  const birth = readDate(cells.birth, 'date of birth', true);
  const givenId = cells.id && !isUnstated(cells.id) ? cells.id.trim() : context.link;
  const externalId = givenId ?? derivedId(name, isError(birth) ? undefined : (birth?.date ?? birth?.year));
  if (isError(birth)) return fail(birth.error, givenId);
  const detained = readDate(cells.detainedAt, 'date of detention');
  if (isError(detained)) return fail(detained.error, externalId);
  const verdict = readDate(cells.verdictAt, 'date of verdict');
  if (isError(verdict)) return fail(verdict.error, externalId);

  const sentence = readSentence(cells.sentence);
  const cell = readStatusCell(cells.status);
  if (isError(cell)) return fail(cell.error, externalId);
  const status = resolveStatus(cell, {
    penalty: cells.penalty, sentenceText: cells.sentence, prison: cells.prison,
    hasVerdict: verdict !== undefined || sentence !== undefined, verdictColumns: context.verdictColumns,
  });
  if (isError(status)) return fail(status.error, externalId);

  const url = sourceUrlOf(cells.id) ?? sourceUrlOf(context.link);
  const text = (value: string | undefined) => (isUnstated(value) ? undefined : value!.slice(0, MAX_TEXT));
  const record: SourceRecord = {
    externalId,
    names: { [context.language]: name },
    aliases: [],
    gender: readGender(cells.gender),
    birthDate: birth?.date,
    birthYear: birth?.year,
    region: text(cells.region),
    status: status?.status,
    statusText: text(cells.status),
    expelledTo: status?.country,
    detainedAt: detained?.date,
    verdictAt: verdict?.date,
    facilityName: text(cells.prison),
    facilityAddress: text(context.address),
    articles: readArticles(cells.charges),
    sentence,
    penalty: text(cells.penalty),
    sourceUrl: url,
  };
  return { record: dropUndefined(record) };
}

/** Word order and case do not matter: Viasna's Cyrillic lists put the surname first. */
export function derivedId(name: string, birth: string | number | undefined): string {
  const tokens = name.toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}]+/u).filter(Boolean).sort();
  return `name:${tokens.join(' ')}|${birth ?? '?'}`;
}

function sourceUrlOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Two rows with one key: with a source id, the later one is quarantined; with a key derived from the
 * name, both are, since we cannot tell the namesakes apart and must not mix up their news.
 */
export function quarantineDuplicates(rows: { record: SourceRecord; rowRef: string }[]): { records: SourceRecord[]; quarantined: QuarantinedRow[] } {
  const byId = new Map<string, number>();
  for (const { record } of rows) byId.set(record.externalId, (byId.get(record.externalId) ?? 0) + 1);
  const records: SourceRecord[] = [];
  const quarantined: QuarantinedRow[] = [];
  const seen = new Set<string>();
  for (const { record, rowRef } of rows) {
    const id = record.externalId;
    if (byId.get(id)! > 1 && id.startsWith('name:')) {
      quarantined.push({ rowRef, externalId: id, reason: 'another row has the same name and birth date; an id column would tell them apart', raw: record });
    } else if (seen.has(id)) {
      quarantined.push({ rowRef, externalId: id, reason: `another row has the same id "${id}"`, raw: record });
    } else {
      seen.add(id);
      records.push(record);
    }
  }
  return { records, quarantined };
}
