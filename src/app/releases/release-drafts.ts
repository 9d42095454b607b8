import type { Db } from '../../db/database.ts';
import { logAdminAction } from '../../db/queries/admin-audit.ts';
import {
  createDraft,
  findBatch,
  findOpenBatch,
  loadLines,
  namesOf,
  replaceLines,
  statusesOf,
  transitionBatch,
  type PersonNames,
  updateBatch,
  updateLine,
  type NewReleaseLine,
} from '../../db/queries/release-batches.ts';
import type { ReleaseBatchLineRow, ReleaseBatchRow } from '../../db/schema/index.ts';
import { mergeTitles, readTitles } from '../../domain/batch-title.ts';
import { LANGUAGES, type Language } from '../../domain/language.ts';
import { localDate } from '../../domain/local-date.ts';
import { parseReleaseList, type ReleaseListProblem } from '../../domain/release-list.ts';
import {
  classifyLines,
  countLines,
  decideFor,
  isReleaseKind,
  type LineCounts,
  type ReleaseKind,
} from '../../domain/release-preview.ts';
import type { Clock } from '../../domain/clock.ts';
import type { NameSearch } from '../follows/prisoner-cards.ts';
import { findNamesakes, type Namesakes } from '../names/namesakes.ts';

export interface ReleaseDraftDeps {
  db: Db;
  search: NameSearch;
  clock: Clock;
  timezone: string;
}

const PROGRESS_STEP = 50;

export type DraftStep = 'title' | 'titles' | 'date' | 'kind' | 'country' | 'source' | 'list';

export type StepAnswer =
  | { outcome: 'no_draft' }
  | { outcome: 'next'; step: DraftStep; batch: ReleaseBatchRow }
  | { outcome: 'invalid'; step: DraftStep; problem: 'title' | 'title_prefix' | 'date' | 'kind' | 'country' | 'source' };

export async function startRelease(
  deps: ReleaseDraftDeps,
  adminId: number,
): Promise<{ batch: ReleaseBatchRow; cancelled: number[] }> {
  const now = deps.clock.now();
  const started = await createDraft(deps.db, adminId, localDate(now, deps.timezone), now);
  await logAdminAction(
    deps.db,
    adminId,
    'release_start',
    { batch: started.batch.id, cancelled: started.cancelled },
    now,
  );
  return started;
}

/** The admin's draft waiting for a typed answer (title, date, country, source, list), if any. */
export async function draftAwaitingText(db: Db, adminId: number): Promise<ReleaseBatchRow | undefined> {
  const batch = await findOpenBatch(db, adminId);
  return batch?.status === 'draft' && batch.step !== null && batch.step !== 'kind' ? batch : undefined;
}

/**
 * One answer in the /release dialogue; the list itself goes to `submitList`. `adminLanguage` decides
 * a title's language when its letters do not. A title missing in some language is asked for once
 * (step `titles`, `-` keeps it as it is).
 */
export async function answerStep(
  deps: ReleaseDraftDeps,
  adminId: number,
  text: string,
  adminLanguage: Language = 'ru',
): Promise<StepAnswer> {
  const batch = await draftAwaitingText(deps.db, adminId);
  if (!batch) return { outcome: 'no_draft' };
  const value = text.trim();
  switch (batch.step as DraftStep) {
    case 'title': {
      const read = readTitles(value, adminLanguage, false);
      if (!read.ok) return { outcome: 'invalid', step: 'title', problem: read.problem };
      const title = read.titles[adminLanguage] ?? Object.values(read.titles)[0]!;
      const complete = LANGUAGES.every((l) => read.titles[l]);
      return advance(deps.db, batch, { title, titles: read.titles }, complete ? 'date' : 'titles');
    }
    case 'titles': {
      if (value === '-') return advance(deps.db, batch, {}, 'date');
      const read = readTitles(value, adminLanguage, true);
      if (!read.ok) return { outcome: 'invalid', step: 'titles', problem: read.problem };
      return advance(deps.db, batch, { titles: mergeTitles(batch.titles, read.titles) }, 'date');
    }
    case 'date': {
      const date = readDate(value);
      if (!date) return { outcome: 'invalid', step: 'date', problem: 'date' };
      return advance(deps.db, batch, { releaseDate: date }, 'kind');
    }
    case 'country': {
      const code = value.toUpperCase();
      if (!isCountryCode(code)) return { outcome: 'invalid', step: 'country', problem: 'country' };
      return advance(deps.db, batch, { country: code }, 'source');
    }
    case 'source': {
      if (value === '-') return advance(deps.db, batch, { sourceUrl: null }, 'list');
      const url = readUrl(value);
      if (!url) return { outcome: 'invalid', step: 'source', problem: 'source' };
      return advance(deps.db, batch, { sourceUrl: url }, 'list');
    }
    default:
      return { outcome: 'no_draft' };
  }
}

export async function chooseKind(
  deps: ReleaseDraftDeps,
  adminId: number,
  batchId: number,
  kind: string,
): Promise<StepAnswer> {
  const batch = await findOpenBatch(deps.db, adminId);
  if (!batch || batch.id !== batchId || batch.step !== 'kind') return { outcome: 'no_draft' };
  if (!isReleaseKind(kind)) return { outcome: 'invalid', step: 'kind', problem: 'kind' };
  return advance(deps.db, batch, { kind, country: null }, kind === 'expelled' ? 'country' : 'source');
}

async function advance(
  db: Db,
  batch: ReleaseBatchRow,
  patch: Partial<ReleaseBatchRow>,
  step: DraftStep,
): Promise<StepAnswer> {
  await updateBatch(db, batch.id, { ...patch, step });
  return { outcome: 'next', step, batch: { ...batch, ...patch, step } };
}

export type ListSubmission =
  | { outcome: 'no_draft' }
  | { outcome: 'invalid'; problem: ReleaseListProblem; count?: number }
  | { outcome: 'preview'; batchId: number; counts: LineCounts };

/**
 * Matches every line of the pasted list against the register and keeps the result as the batch's
 * preview. `onProgress` is called as lines are matched, for the admin's progress message.
 */
export async function submitList(
  deps: ReleaseDraftDeps,
  adminId: number,
  text: string,
  onProgress?: (done: number, total: number) => Promise<void>,
): Promise<ListSubmission> {
  const batch = await findOpenBatch(deps.db, adminId);
  if (!batch || batch.status !== 'draft' || batch.step !== 'list') return { outcome: 'no_draft' };
  const parsed = parseReleaseList(text);
  if (!parsed.ok) return { outcome: 'invalid', problem: parsed.problem, count: parsed.count };

  // In chunks, so the admin's progress message can move on a long list.
  const results = [];
  for (let i = 0; i < parsed.lines.length; i += PROGRESS_STEP) {
    results.push(
      ...(await deps.search.searchMany(
        parsed.lines.slice(i, i + PROGRESS_STEP).map((l) => l.text),
        5,
      )),
    );
    if (onProgress && i + PROGRESS_STEP < parsed.lines.length) await onProgress(i + PROGRESS_STEP, parsed.lines.length);
  }
  const statuses = await statusesOf(deps.db, [
    ...new Set(results.flatMap((r) => r.candidates.map((c) => c.prisonerId))),
  ]);
  const classified = classifyLines(
    results.map((r) => ({
      decision: r.decision,
      candidates: r.candidates
        .filter((c) => statuses.has(c.prisonerId))
        .map((c) => ({
          prisonerId: c.prisonerId,
          score: c.score,
          status: statuses.get(c.prisonerId)!,
          matchedName: c.name,
        })),
    })),
  );
  const rows: NewReleaseLine[] = parsed.lines.map((line, i) => ({
    lineNo: line.lineNo,
    rawText: line.text,
    name: line.name,
    otherName: line.otherName,
    birthYear: line.birthYear,
    countryOverride: line.country,
    decision: classified[i]!.decision,
    prisonerId: classified[i]!.prisonerId,
    candidates: classified[i]!.candidates,
  }));
  await deps.db.transaction(async (tx) => {
    await replaceLines(tx, batch.id, rows);
    await updateBatch(tx, batch.id, { status: 'preview', step: null });
  });
  await logAdminAction(deps.db, adminId, 'release_list', { batch: batch.id, lines: rows.length }, deps.clock.now());
  return { outcome: 'preview', batchId: batch.id, counts: countLines(rows) };
}

export interface BatchPreview {
  batch: ReleaseBatchRow;
  lines: ReleaseBatchLineRow[];
  counts: LineCounts;
  /** The names of the people lines point at, to show who a line was matched to. */
  people: Map<number, PersonNames>;
  /** What tells those people apart from registered namesakes. */
  namesakes: Namesakes;
}

export async function loadPreview(db: Db, batchId: number): Promise<BatchPreview | undefined> {
  const batch = await findBatch(db, batchId);
  if (!batch) return undefined;
  const lines = await loadLines(db, batchId);
  const ids = [...new Set(lines.flatMap((l) => (l.prisonerId !== null ? [l.prisonerId] : [])))];
  const people = await namesOf(db, ids);
  return { batch, lines, counts: countLines(lines), people, namesakes: await findNamesakes(db, ids) };
}

export type LineFix =
  | { kind: 'choose'; prisonerId: number }
  | { kind: 'skip' }
  | { kind: 'create' }
  | { kind: 'release_kind'; releaseKind: ReleaseKind; country?: string };

/**
 * The admin's fix of one line in the preview. Only the batch's creator edits it, only while previewed.
 * "Expelled" needs a country (given with the fix, from the list's `-> LT`, or the batch's own), so no
 * alert ever says only "sent out of Belarus" for a person the admin marked.
 */
export async function fixLine(
  deps: ReleaseDraftDeps,
  adminId: number,
  batchId: number,
  lineNo: number,
  fix: LineFix,
): Promise<'done' | 'not_editable' | 'no_line' | 'needs_country'> {
  const preview = await loadPreview(deps.db, batchId);
  if (!preview || preview.batch.status !== 'preview' || preview.batch.createdBy !== adminId) return 'not_editable';
  const line = preview.lines.find((l) => l.lineNo === lineNo);
  if (!line) return 'no_line';
  if (preview.batch.step !== null) await updateBatch(deps.db, batchId, { step: null });
  if (fix.kind === 'skip') await updateLine(deps.db, batchId, lineNo, { decision: 'skip' });
  else if (fix.kind === 'create') await updateLine(deps.db, batchId, lineNo, { decision: 'create', prisonerId: null });
  else if (fix.kind === 'release_kind') {
    const country = fix.country ?? line.countryOverride ?? preview.batch.country;
    if (fix.releaseKind === 'expelled' && !country) return 'needs_country';
    await updateLine(deps.db, batchId, lineNo, {
      kindOverride: fix.releaseKind,
      ...(fix.releaseKind === 'expelled' ? { countryOverride: country } : {}),
    });
  } else {
    const candidate = line.candidates.find((c) => c.prisonerId === fix.prisonerId);
    if (!candidate) return 'no_line';
    const seen = new Set(
      preview.lines
        .filter(
          (l) => l.lineNo !== lineNo && l.prisonerId !== null && l.decision !== 'duplicate' && l.decision !== 'skip',
        )
        .map((l) => l.prisonerId!),
    );
    await updateLine(deps.db, batchId, lineNo, {
      decision: decideFor(candidate.prisonerId, candidate.status, seen),
      prisonerId: candidate.prisonerId,
    });
  }
  return 'done';
}

/** Turns the announcement to opted-in subscribers or to linked channels on or off. */
export async function toggleAnnounce(
  db: Db,
  adminId: number,
  batchId: number,
  audience: 'subscribers' | 'channels',
): Promise<boolean> {
  const batch = await findBatch(db, batchId);
  if (!batch || batch.status !== 'preview' || batch.createdBy !== adminId) return false;
  await updateBatch(db, batchId, { announce: { ...batch.announce, [audience]: !batch.announce[audience] } });
  return true;
}

/** Skips every line that still waits for a choice, so a long list can be confirmed without them. */
export async function skipUnresolved(db: Db, adminId: number, batchId: number): Promise<number> {
  const preview = await loadPreview(db, batchId);
  if (!preview || preview.batch.status !== 'preview' || preview.batch.createdBy !== adminId) return 0;
  const open = preview.lines.filter((l) => l.decision === 'ambiguous' || l.decision === 'not_found');
  for (const line of open) await updateLine(db, batchId, line.lineNo, { decision: 'skip' });
  return open.length;
}

function readDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d) || Number(y) < 2000 || Number(y) > 2100)
    return undefined;
  return date.toISOString().slice(0, 10);
}

function readUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** An ISO 3166 alpha-2 code Intl knows (LT, UA, PL, ...). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
    return name !== undefined && name !== code;
  } catch {
    return false;
  }
}

/** The creator drops their draft, preview or batch awaiting approval; nothing was told to anyone yet. */
export async function cancelBatch(
  deps: ReleaseDraftDeps,
  adminId: number,
  batchId?: number,
): Promise<number | undefined> {
  const id = batchId ?? (await findOpenBatch(deps.db, adminId))?.id;
  if (id === undefined) return undefined;
  const batch = await findBatch(deps.db, id);
  if (!batch || batch.createdBy !== adminId) return undefined;
  const row = await transitionBatch(deps.db, id, ['draft', 'preview', 'awaiting_approval'], {
    status: 'cancelled',
    step: null,
  });
  if (!row) return undefined;
  await logAdminAction(deps.db, adminId, 'release_cancel', { batch: id }, deps.clock.now());
  return id;
}
