import type { Language } from '../domain/language.ts';
import type { QuarantinedRow, SourceRecord } from '../domain/source-record.ts';
import { splitBracketedSurname } from '../domain/other-names.ts';
import type { ViasnaField } from './viasna-headers.ts';
import { readStatusCell, resolveStatus } from './viasna-status.ts';
import { isError, isUnstated, readArticles, readDate, readGender, readSentence } from './viasna-values.ts';
import { stripControls } from './text-safety.ts';

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
const MAX_CELL = 2000;

/**
 * Turns one row of a CSV export or HTML table into a source record, or says why it cannot.
 * Lists without an id column get a key from name and birth date: a respelled name there looks like a
 * new person (and the old one goes "missing", which is never announced).
 */
export function readViasnaRow(
  rawCells: Partial<Record<ViasnaField, string>>,
  rawContext: RowContext,
): { record: SourceRecord } | { quarantined: QuarantinedRow } {
  // Invisible control characters are not part of what the source means (docs/source-sync.md).
  // Cells are cut before anything reads them (no real cell is longer), so no pattern ever runs over megabytes;
  // the name is kept whole to be refused when too long.
  const cells = Object.fromEntries(
    Object.entries(rawCells).map(([field, value]) => [
      field,
      field === 'name' ? stripControls(value) : stripControls(value.slice(0, MAX_CELL)),
    ]),
  ) as typeof rawCells;
  const context = {
    ...rawContext,
    link: rawContext.link && stripControls(rawContext.link),
    address: rawContext.address && stripControls(rawContext.address),
  };
  const name = cells.name?.replace(/\s+/g, ' ').trim();
  const fail = (reason: string, externalId?: string) => ({
    quarantined: { rowRef: context.rowRef, reason, raw: rawCells, ...(externalId ? { externalId } : {}) },
  });
  if (!name && rawCells.name?.trim()) return fail('the name holds only control characters');
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
    penalty: cells.penalty,
    sentenceText: cells.sentence,
    prison: cells.prison,
    hasVerdict: verdict !== undefined || sentence !== undefined,
    verdictColumns: context.verdictColumns,
  });
  if (isError(status)) return fail(status.error, externalId);

  const url = sourceUrlOf(cells.id) ?? sourceUrlOf(context.link);
  // "Surname (Other surname) Given", as in the JSON feed; the derived id keeps the name as listed.
  const bracketed = splitBracketedSurname(name);
  const text = (value: string | undefined) => (isUnstated(value) ? undefined : value!.slice(0, MAX_TEXT));
  const record: SourceRecord = {
    externalId,
    names: { [context.language]: bracketed?.main ?? name },
    aliases: bracketed ? [bracketed.other] : [],
    ...(bracketed ? { aliasKinds: { [bracketed.other]: 'other' as const } } : {}),
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
  const tokens = name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .sort();
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
