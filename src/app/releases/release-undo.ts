import type { Db } from '../../db/database.ts';
import { logAdminAction } from '../../db/queries/admin-audit.ts';
import { detachFollows } from '../../db/queries/follows.ts';
import { dropPendingForBatch, enqueueOutbox, toldAboutBatch, type OutboxMessage } from '../../db/queries/outbox.ts';
import { deletePrisoner, updatePrisoner } from '../../db/queries/prisoners.ts';
import { findBatch, loadLines, transitionBatch } from '../../db/queries/release-batches.ts';
import { markReverted, standingBatchHistory } from '../../db/queries/status-history.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import { canUndo } from '../../domain/release-preview.ts';
import type { PrisonerStatus } from '../../domain/status.ts';
import { renderBatchTitle } from './batch-title-renderer.ts';
import type { Clock } from '../../domain/clock.ts';
import { findNamesakes, personMention } from '../names/namesakes.ts';
import {
  recordStatusChanges,
  type StatusChange,
  type StatusChangeWriterDeps,
} from '../status-changes/status-change-writer.ts';

export interface ReleaseUndoDeps extends StatusChangeWriterDeps {
  db: Db;
  clock: Clock;
}

export type UndoOutcome =
  // No count of alerts dropped or corrections queued: together they are how many followed the batch.
  | { outcome: 'undone'; batchId: number; reverted: number; keptChanged: number }
  | { outcome: 'not_confirmed'; batchId: number; status: string | null }
  | { outcome: 'too_late'; batchId: number };

/**
 * Reverts a confirmed batch within 24 hours, in one transaction: each person back to the status they
 * had (unless something changed them since, which is kept and counted), records the batch created
 * removed and their follows waiting again, its alerts not yet sent dropped, and one short correction
 * to every chat that was already sent (or was being sent) an alert or the announcement.
 */
export async function undoBatch(deps: ReleaseUndoDeps, adminId: number, batchId: number): Promise<UndoOutcome> {
  const now = deps.clock.now();
  const batch = await findBatch(deps.db, batchId);
  if (!batch || batch.status !== 'confirmed' || !batch.confirmedAt)
    return { outcome: 'not_confirmed', batchId, status: batch?.status ?? null };
  if (!canUndo(batch.confirmedAt, now)) return { outcome: 'too_late', batchId };

  return deps.db.transaction(async (tx) => {
    if (!(await transitionBatch(tx, batchId, ['confirmed'], { status: 'undone', undoneAt: now })))
      return { outcome: 'not_confirmed', batchId, status: 'undone' };
    const rows = await standingBatchHistory(tx, batchId);
    // Names for the corrections, read before any created record is removed.
    const names = new Map(rows.map(({ p }) => [p.id, p]));
    const namesakes = await findNamesakes(tx, [...names.keys()]);
    const lineNames = new Map((await loadLines(tx, batchId)).map((l) => [l.lineNo, l.rawText]));
    let reverted = 0;
    let keptChanged = 0;
    const corrections: StatusChange[] = [];
    for (const { h, p } of rows) {
      await markReverted(tx, h.id, now);
      if (p.status !== h.toStatus) {
        keptChanged++;
        continue;
      }
      reverted++;
      const details = h.details as {
        created?: boolean;
        line?: number;
        previous?: { statusSince: string | null; expelledTo: string | null };
      };
      if (details.created) {
        // Whoever waited for this name waits again; the record goes, with its history.
        await detachFollows(tx, p.id, lineNames.get(details.line ?? -1) ?? p.nameEn ?? p.nameBe ?? p.nameRu ?? '?');
        await deletePrisoner(tx, p.id);
        continue;
      }
      await updatePrisoner(
        tx,
        p.id,
        {
          status: h.fromStatus as PrisonerStatus,
          statusSince: details.previous?.statusSince ?? null,
          expelledTo: details.previous?.expelledTo ?? null,
        },
        now,
      );
      corrections.push({
        prisonerId: p.id,
        event: { kind: 'correction', fromStatus: h.toStatus, toStatus: h.fromStatus, occurredOn: null, details: {} },
        person: p,
        recorded: { undoneBatch: batchId, revertedHistoryId: h.id },
      });
    }
    // Corrections are recorded, never announced: the chats told are sent one correction below.
    await recordStatusChanges(tx, deps, { via: 'undo', batch, adminId }, corrections, now);

    await dropPendingForBatch(tx, batchId, now, 'release batch undone');
    const told = await toldAboutBatch(tx, batchId);
    const historyPerson = new Map(rows.map(({ h }) => [h.id, h.prisonerId]));
    const byChat = new Map<
      number,
      { subscriberId: number | null; language: Language; people: Set<number>; announced: boolean }
    >();
    for (const row of told) {
      const entry = byChat.get(row.chatId) ?? {
        subscriberId: row.subscriberId,
        language: row.language ?? 'be',
        people: new Set<number>(),
        announced: false,
      };
      if (row.kind === 'announcement') entry.announced = true;
      const person = row.historyId !== null ? historyPerson.get(row.historyId) : undefined;
      if (person !== undefined) entry.people.add(person);
      byChat.set(row.chatId, entry);
    }
    const messages: OutboxMessage[] = [...byChat].map(([chatId, entry]) => {
      const t = (key: string, vars?: Record<string, string | number>) => deps.translate(entry.language, key, vars);
      const people = [...entry.people]
        .map((id) => names.get(id))
        .filter((p) => p !== undefined)
        .map((p) => `• ${escapeHtml(personMention(deps.translate, entry.language, p, namesakes))}`);
      const title = renderBatchTitle(deps.translate, entry.language, batch);
      const body =
        people.length > 0
          ? [t('release-correction-people', { title }), ...people]
          : [t('release-correction-announcement', { title })];
      return {
        chatId,
        subscriberId: entry.subscriberId,
        kind: 'correction' as const,
        dedupKey: `batch:${batchId}:undo:${chatId}`,
        releaseBatchId: batchId,
        text: [...body, '', t('release-correction-footer')].join('\n'),
      };
    });
    await enqueueOutbox(tx, messages);
    await logAdminAction(tx, adminId, 'release_undo', { batch: batchId, reverted, keptChanged }, now);
    return { outcome: 'undone', batchId, reverted, keptChanged };
  });
}
