import { createHash } from 'node:crypto';
import { describeError } from '../../db/database-error.ts';
import { createSyncRun, heldRuns, updateSyncRun } from '../../db/queries/sync-runs.ts';
import { findSourceById, type SourceRow } from '../../db/queries/sources.ts';
import { parseSource } from '../../source/parse-source.ts';
import { SourceTooLargeError } from '../../source/source-fetcher.ts';
import { claimJobSlot, finishJobSlot } from '../job-claims.ts';
import type { Snapshot } from '../../domain/sync-snapshot.ts';
import { decideRun } from './sync-decision.ts';
import { failAbandonedRuns, recordFailure, recordUnchanged } from './sync-source-health.ts';
import type { SyncDeps, SyncOutcome, SyncRunOutcome } from './ports.ts';

/** The scheduler's entry: runs the source's slot if this process claims it, else does nothing. */
export async function runScheduledSync(
  deps: SyncDeps,
  source: SourceRow,
  slot: string,
  worker: string,
): Promise<SyncOutcome> {
  const job = `sync:${source.name}`;
  if (!(await claimJobSlot(deps.db, job, slot, worker, deps.clock.now()))) return { outcome: 'skipped' };
  try {
    const result = await syncSource(deps, source, slot);
    await finishJobSlot(
      deps.db,
      job,
      slot,
      result.outcome === 'failed' ? 'failed' : 'done',
      deps.clock.now(),
      withoutRecipients(result),
    );
    return result;
  } catch (error) {
    // The database may be what failed: the slot then stays running until its lease ends.
    await finishJobSlot(deps.db, job, slot, 'failed', deps.clock.now(), { error: describeError(error) }).catch(
      () => undefined,
    );
    throw error;
  }
}

/**
 * One fetch → parse → plan → breaker → apply-or-hold of a source. Fetching happens outside any
 * transaction; everything the run decides is written in one. An unreadable source changes nothing.
 */
export async function syncSource(deps: SyncDeps, given: SourceRow, slot: string): Promise<SyncRunOutcome> {
  // The caller's row may be hours old (the scheduler's): ETag and last body come from the database.
  const source = (await findSourceById(deps.db, given.id)) ?? given;
  await failAbandonedRuns(deps, source.id);
  const runId = await createSyncRun(deps.db, source.id, slot, deps.clock.now());
  // Whatever goes wrong from here (database, parser, a bug) ends this run as failed, written apart from the failed work.
  const result = await Promise.resolve()
    .then(() => deps.prepareMatcher?.())
    .then(() => fetchAndDecide(deps, source, runId))
    .catch((error: unknown) =>
      recordFailure(deps, source.id, runId, `the run failed: ${describeError(error)}`, 'error'),
    );
  deps.logger?.info(
    { source: source.name, run: runId, ...withoutRecipients(result) },
    `sync ${source.name}: ${result.outcome}`,
  );
  return result;
}

/** How many alerts a run queued is how many people follow the people it changed: never logged or stored. */
function withoutRecipients(result: SyncOutcome): Record<string, unknown> {
  const { alerts: _alerts, ...rest } = result as SyncOutcome & { alerts?: number };
  return rest;
}

async function fetchAndDecide(deps: SyncDeps, source: SourceRow, runId: number): Promise<SyncRunOutcome> {
  let fetched;
  try {
    fetched = await deps.fetcher.fetch(source.url, { etag: source.etag, lastModified: source.lastModified });
  } catch (error) {
    return recordFailure(
      deps,
      source.id,
      runId,
      describeError(error),
      error instanceof SourceTooLargeError ? 'unreadable' : 'fetch',
    );
  }
  if (fetched.status === 'not_modified')
    return recordUnchanged(deps, source.id, runId, fetched.fetchedAt, 'not modified since the last fetch');
  // Characters PostgreSQL cannot take are dealt with by the parsers, field by field.
  const body = fetched.body;
  const bodyHash = createHash('sha256').update(body).digest('hex');
  const validators = { etag: fetched.etag ?? null, lastModified: fetched.lastModified ?? null };
  if (bodyHash === source.lastBodyHash)
    return recordUnchanged(deps, source.id, runId, fetched.fetchedAt, 'the same snapshot as the last one', validators);
  const held = (await heldRuns(deps.db, source.id)).find((r) => r.plan?.bodyHash === bodyHash);
  if (held)
    return recordUnchanged(deps, source.id, runId, fetched.fetchedAt, `the same snapshot as held run #${held.id}`);

  const parsed = parseSource(source.format, body, source.url);
  if (!parsed.ok)
    return recordFailure(deps, source.id, runId, `the source could not be read: ${parsed.error}`, 'unreadable');
  await updateSyncRun(deps.db, runId, {
    fetchedAt: fetched.fetchedAt,
    rowCount: parsed.records.length + parsed.quarantined.length,
  });
  const snapshot: Snapshot = {
    bodyHash,
    fetchedAt: fetched.fetchedAt.toISOString(),
    ...validators,
    shape: parsed.shape,
    records: parsed.records,
    quarantined: parsed.quarantined,
  };
  return deps.db.transaction((tx) => decideRun(deps, tx, source.id, runId, snapshot));
}
