import type { Db } from '../../db/database.ts';
import { findBatch, findOpenBatch, loadLines, updateBatch } from '../../db/queries/release-batches.ts';
import type { ReleaseBatchRow } from '../../db/schema/index.ts';
import { fixLine, isCountryCode, type ReleaseDraftDeps } from './release-drafts.ts';

/** The preview's `step` while it waits for one line's country: `country:<line>`. */
const AWAITING = 'country:';

/**
 * The admin chose "expelled" for one line of the preview: nothing changes until they name the
 * country (a button or a typed code), as the dialogue asks it for the whole batch.
 */
export async function askLineCountry(
  deps: ReleaseDraftDeps,
  adminId: number,
  batchId: number,
  lineNo: number,
): Promise<'asked' | 'not_editable' | 'no_line'> {
  const batch = await findBatch(deps.db, batchId);
  if (!batch || batch.status !== 'preview' || batch.createdBy !== adminId) return 'not_editable';
  if (!(await loadLines(deps.db, batchId)).some((l) => l.lineNo === lineNo)) return 'no_line';
  await updateBatch(deps.db, batchId, { step: `${AWAITING}${lineNo}` });
  return 'asked';
}

/** The admin's preview waiting for a line's country, if any: a typed message goes there. */
export async function lineAwaitingCountry(
  db: Db,
  adminId: number,
): Promise<{ batch: ReleaseBatchRow; lineNo: number } | undefined> {
  const batch = await findOpenBatch(db, adminId);
  if (batch?.status !== 'preview' || !batch.step?.startsWith(AWAITING)) return undefined;
  return { batch, lineNo: Number(batch.step.slice(AWAITING.length)) };
}

/** The country for that line: the line becomes "expelled" to it. */
export async function setLineCountry(
  deps: ReleaseDraftDeps,
  adminId: number,
  batchId: number,
  lineNo: number,
  code: string,
): Promise<'done' | 'invalid' | 'not_editable' | 'no_line'> {
  const country = code.trim().toUpperCase();
  if (!isCountryCode(country)) return 'invalid';
  const outcome = await fixLine(deps, adminId, batchId, lineNo, {
    kind: 'release_kind',
    releaseKind: 'expelled',
    country,
  });
  return outcome === 'needs_country' ? 'invalid' : outcome;
}

/** The admin went back to the list without naming a country: a later message is not taken as one. */
export async function stopAwaitingCountry(db: Db, adminId: number, batchId: number): Promise<void> {
  const awaiting = await lineAwaitingCountry(db, adminId);
  if (awaiting?.batch.id === batchId) await updateBatch(db, batchId, { step: null });
}
