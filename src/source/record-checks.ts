import { kindOfAlias, type OtherNameKind } from '../domain/other-names.ts';
import type { ParsedSource, QuarantinedRow, SourceRecord } from '../domain/source-record.ts';
import { quarantineDuplicates, type ReadRow } from './duplicate-records.ts';
import { boundedRaw, boundedShape, clip, hasLoneSurrogate, safeText, stripControls } from './text-safety.ts';

/** What a format reader returns before the checks every format shares. */
export type ReadSource =
  { ok: true; rows: ReadRow[]; quarantined: QuarantinedRow[]; shape: string } | { ok: false; error: string };

/**
 * The checks every format passes through, whatever its reader already did, so that nothing a source
 * sends reaches SQL or Telegram unchecked: each record's text cleaned (or the record quarantined),
 * one id listed twice resolved, and what is kept of unreadable rows bounded.
 */
export function finishParse(read: ReadSource): ParsedSource {
  if (!read.ok) return { ok: false, error: clip(safeText(read.error).replace(/\s+/g, ' '), 1000) };
  const good: ReadRow[] = [];
  const unreadable: QuarantinedRow[] = [...read.quarantined];
  for (const row of read.rows) {
    const checked = checkRecord(row.record);
    if ('record' in checked) good.push({ ...row, record: checked.record });
    else
      unreadable.push({
        rowRef: row.rowRef,
        reason: checked.reason,
        raw: row.record,
        ...(checked.externalId ? { externalId: checked.externalId } : {}),
      });
  }
  const unique = quarantineDuplicates(good, unreadable);
  return {
    ok: true,
    records: unique.records,
    quarantined: [...unreadable, ...unique.quarantined].map(boundQuarantined),
    shape: boundedShape(read.shape),
  };
}

function boundQuarantined(q: QuarantinedRow): QuarantinedRow {
  return {
    rowRef: clip(safeText(q.rowRef), 300),
    reason: clip(safeText(q.reason), 1000),
    raw: boundedRaw(q.raw) ?? null,
    ...(q.externalId !== undefined ? { externalId: q.externalId } : {}),
  };
}

const FREE_TEXT = [
  'region',
  'facilityName',
  'facilityAddress',
  'penalty',
  'sourceUrl',
  'birthDate',
  'statusSince',
  'expelledTo',
  'recognizedAt',
  'detainedAt',
  'verdictAt',
] as const;

/**
 * A name or id that lost a character (a lone surrogate, or U+FFFD from decoding) is not shown to
 * families or matched against follows: the record is quarantined. Free text keeps U+FFFD for a lost
 * character. A name that was only control characters is no name.
 */
function checkRecord(record: SourceRecord): { record: SourceRecord } | { reason: string; externalId?: string } {
  const externalId = stripControls(record.externalId).trim();
  const idProblem = brokenIdentity(externalId);
  if (idProblem) return { reason: `the id ${idProblem}` };
  if (externalId === '') return { reason: 'the id holds only control characters' };
  const names: SourceRecord['names'] = {};
  for (const [lang, name] of Object.entries(record.names) as [keyof SourceRecord['names'], string | undefined][]) {
    if (name === undefined) continue;
    const clean = identityText(name);
    const problem = brokenIdentity(clean);
    if (problem) return { reason: `the name ${problem}`, externalId };
    if (clean) names[lang] = clean;
  }
  const aliases: string[] = [];
  const aliasKinds: Record<string, OtherNameKind> = {};
  for (const alias of record.aliases) {
    const clean = identityText(alias);
    const problem = brokenIdentity(clean);
    if (problem) return { reason: `the other spelling "${safeText(clean)}" ${problem}`, externalId };
    if (clean) aliases.push(clean);
    const kind = kindOfAlias(record.aliasKinds, alias);
    if (clean && kind) aliasKinds[clean] = kind;
  }
  if (Object.keys(names).length === 0 && aliases.length === 0)
    return { reason: 'the name holds only control characters', externalId };
  if (Object.keys(names).length === 0) names.en = aliases.shift()!;
  const cleaned: SourceRecord = { ...record, externalId, names, aliases, articles: record.articles.map(safeText) };
  if (Object.keys(aliasKinds).length > 0) cleaned.aliasKinds = aliasKinds;
  else delete cleaned.aliasKinds;
  for (const field of FREE_TEXT) {
    const value = record[field] === undefined ? undefined : safeText(record[field]).trim();
    if (value) cleaned[field] = value;
    else delete cleaned[field];
  }
  return { record: cleaned };
}

/** Names are one line: a tab or newline inside one is a space. */
function identityText(text: string): string {
  const stripped = stripControls(text);
  return (/[\t\n]/.test(stripped) ? stripped.replace(/\s*[\t\n]\s*/g, ' ') : stripped).trim();
}

function brokenIdentity(text: string): string | undefined {
  if (hasLoneSurrogate(text)) return 'holds a broken character (a lone UTF-16 surrogate)';
  if (text.includes('\uFFFD')) return 'holds a character that could not be decoded (U+FFFD)';
  return undefined;
}
