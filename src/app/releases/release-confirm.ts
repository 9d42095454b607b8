import type { Db } from '../../db/database.ts';
import { logAdminAction } from '../../db/queries/admin-audit.ts';
import { enqueueOutbox, type OutboxMessage } from '../../db/queries/outbox.ts';
import { findPrisoners, insertPrisoners, updatePrisoner } from '../../db/queries/prisoners.ts';
import { findBatch, loadLines, transitionBatch } from '../../db/queries/release-batches.ts';
import { findAnnouncementChats } from '../../db/queries/subscribers.ts';
import type { PrisonerRow, ReleaseBatchLineRow, ReleaseBatchRow } from '../../db/schema/index.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import {
  countLines,
  needsSecondAdmin,
  releaseOutcome,
  releasingCount,
  unresolvedCount,
} from '../../domain/release-preview.ts';
import { isFreed } from '../../domain/status.ts';
import { enqueueAdminNotice, type AdminNoticeDeps } from '../admin/admin-notices.ts';
import type { AlertRendererDeps } from '../status-changes/alert-renderer.ts';
import { renderBatchTitle } from './batch-title-renderer.ts';
import type { Clock } from '../../domain/clock.ts';
import type { PendingNameMatcher } from '../status-changes/pending-follows.ts';
import { recordStatusChanges, type StatusChange } from '../status-changes/status-change-writer.ts';

export interface ReleaseConfirmDeps extends AlertRendererDeps, AdminNoticeDeps {
  db: Db;
  clock: Clock;
  /** RELEASE_APPROVAL_THRESHOLD: more people than this need a second admin. */
  approvalThreshold: number;
  matcher: PendingNameMatcher;
  /** Brings the matcher's register up to date before the transaction. */
  prepareMatcher: () => Promise<void>;
}

export type ConfirmOutcome =
  // No count of alerts or announcements: for a one-person batch it is how many follow that person.
  | { outcome: 'confirmed'; batchId: number; released: number; unchanged: number }
  | { outcome: 'awaiting_approval'; batchId: number; released: number }
  | { outcome: 'unresolved'; batchId: number; lines: number }
  | { outcome: 'own_batch'; batchId: number }
  | { outcome: 'not_open'; batchId: number; status: string | null };

/**
 * The creator's confirm: a small batch is applied at once; a big or grave one waits for a second
 * admin. Confirming again, or after a crash, finds the batch no longer open and does nothing.
 */
export async function confirmBatch(
  deps: ReleaseConfirmDeps,
  adminId: number,
  batchId: number,
): Promise<ConfirmOutcome> {
  const batch = await findBatch(deps.db, batchId);
  if (!batch || batch.status !== 'preview' || batch.createdBy !== adminId)
    return { outcome: 'not_open', batchId, status: batch?.status ?? null };
  const lines = await loadLines(deps.db, batchId);
  const counts = countLines(lines);
  if (unresolvedCount(counts) > 0) return { outcome: 'unresolved', batchId, lines: unresolvedCount(counts) };
  const statuses = lines.filter(releases).map((l) => releaseOutcome(l.kindOverride ?? batch.kind).status);
  if (needsSecondAdmin({ releasing: releasingCount(counts), threshold: deps.approvalThreshold, statuses })) {
    const now = deps.clock.now();
    const moved = await deps.db.transaction(async (tx) => {
      const row = await transitionBatch(tx, batchId, ['preview'], {
        status: 'awaiting_approval',
        approvalRequired: true,
      });
      if (!row) return false;
      // The creator cannot approve their own batch, so only the other admins are asked.
      await enqueueAdminNotice(tx, deps, {
        dedupKey: `batch:${batchId}:approval`,
        exclude: [batch.createdBy],
        render: (language, t) =>
          t(language, 'release-approval-needed', {
            batch: batchId,
            title: renderBatchTitle(t, language, batch),
            count: releasingCount(counts),
          }),
      });
      await logAdminAction(
        tx,
        adminId,
        'release_submit_for_approval',
        { batch: batchId, releasing: releasingCount(counts) },
        now,
      );
      return true;
    });
    return moved
      ? { outcome: 'awaiting_approval', batchId, released: releasingCount(counts) }
      : { outcome: 'not_open', batchId, status: 'awaiting_approval' };
  }
  return applyBatch(deps, adminId, batch, ['preview'], null);
}

/** A second admin's approval of a batch waiting for it; the creator cannot approve their own. */
export async function approveBatch(
  deps: ReleaseConfirmDeps,
  adminId: number,
  batchId: number,
): Promise<ConfirmOutcome> {
  const batch = await findBatch(deps.db, batchId);
  if (!batch || batch.status !== 'awaiting_approval')
    return { outcome: 'not_open', batchId, status: batch?.status ?? null };
  if (batch.createdBy === adminId) return { outcome: 'own_batch', batchId };
  return applyBatch(deps, adminId, batch, ['awaiting_approval'], adminId);
}

function releases(line: ReleaseBatchLineRow): boolean {
  return (line.decision === 'matched' && line.prisonerId !== null) || line.decision === 'create';
}

/**
 * One transaction: the batch becomes confirmed (only if it still is in `from`), every released
 * person's record and history row with the admin and the source link, alerts to their followers and
 * to pending follows that the created records fulfil, and the announcement if asked for.
 */
async function applyBatch(
  deps: ReleaseConfirmDeps,
  adminId: number,
  batch: ReleaseBatchRow,
  from: string[],
  approvedBy: number | null,
): Promise<ConfirmOutcome> {
  await deps.prepareMatcher();
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const confirmed = await transitionBatch(tx, batch.id, from, { status: 'confirmed', confirmedAt: now, approvedBy });
    if (!confirmed)
      return { outcome: 'not_open', batchId: batch.id, status: (await findBatch(tx, batch.id))?.status ?? null };
    const lines = (await loadLines(tx, batch.id)).filter(releases);
    const existing = await findPrisoners(
      tx,
      lines.filter((l) => l.decision === 'matched').map((l) => l.prisonerId!),
    );
    const changes: StatusChange[] = [];
    let unchanged = 0;
    const created = await createRecords(
      tx,
      batch,
      lines.filter((l) => l.decision === 'create'),
      now,
    );
    for (const line of lines) {
      const { status, event } = releaseOutcome(line.kindOverride ?? batch.kind);
      const country = status === 'expelled' ? (line.countryOverride ?? batch.country) : null;
      const before = line.decision === 'matched' ? existing.get(line.prisonerId!) : undefined;
      const id = before?.id ?? created.get(line.lineNo);
      // Released by a sync between preview and confirm, or gone: nothing to change or tell.
      if (id === undefined || (before && isFreed(before.status))) {
        unchanged++;
        continue;
      }
      if (before) await updatePrisoner(tx, id, { status, statusSince: batch.releaseDate, expelledTo: country }, now);
      const row = before ?? {
        id,
        gender: null,
        facilityName: null,
        facilityAddress: null,
        sentenceYears: null,
        sentenceMonths: null,
        sourceUrl: batch.sourceUrl,
        ...namesOf(line),
      };
      changes.push({
        prisonerId: id,
        event: {
          kind: event,
          fromStatus: before?.status ?? null,
          toStatus: status,
          occurredOn: batch.releaseDate,
          details: country ? { country } : {},
        },
        person: { ...row, status, statusSince: batch.releaseDate, expelledTo: country },
        recorded: {
          line: line.lineNo,
          ...(before
            ? { previous: { statusSince: before.statusSince, expelledTo: before.expelledTo } }
            : { created: true }),
          ...(approvedBy ? { approvedBy } : {}),
        },
        ...(before
          ? {}
          : {
              newcomer: {
                names: [line.name, line.otherName].filter((n): n is string => !!n),
                birthYear: line.birthYear ?? undefined,
              },
            }),
      });
    }
    await recordStatusChanges(tx, deps, { via: 'release', batch, adminId: batch.createdBy }, changes, now);
    const released = new Set(changes.map((c) => c.prisonerId)).size;
    await enqueueOutbox(tx, await announcementMessages(tx, deps, batch, released));
    await logAdminAction(
      tx,
      adminId,
      approvedBy ? 'release_approve' : 'release_confirm',
      { batch: batch.id, released, unchanged },
      now,
    );
    return { outcome: 'confirmed', batchId: batch.id, released, unchanged };
  });
}

/** The line's name goes where its script says: Latin as the English form, Cyrillic as Belarusian or Russian. */
function namesOf(line: ReleaseBatchLineRow): Pick<PrisonerRow, 'nameBe' | 'nameRu' | 'nameEn'> {
  const name = line.name;
  if (!/\p{Script=Cyrillic}/u.test(name)) return { nameBe: null, nameRu: null, nameEn: name };
  return /[іўІЎ]/u.test(name)
    ? { nameBe: name, nameRu: null, nameEn: null }
    : { nameBe: null, nameRu: name, nameEn: null };
}

/** Records for "not found" lines the admin chose to add; their id by line number. */
async function createRecords(
  tx: Db,
  batch: ReleaseBatchRow,
  lines: readonly ReleaseBatchLineRow[],
  now: Date,
): Promise<Map<number, number>> {
  if (lines.length === 0) return new Map();
  const rows = lines.map((line) => {
    const { status } = releaseOutcome(line.kindOverride ?? batch.kind);
    return {
      externalId: `batch:${batch.id}:${line.lineNo}`,
      ...namesOf(line),
      aliases: line.otherName ? [line.otherName] : [],
      birthYear: line.birthYear,
      status,
      statusSince: batch.releaseDate,
      expelledTo: status === 'expelled' ? (line.countryOverride ?? batch.country) : null,
      sourceUrl: batch.sourceUrl,
      createdAt: now,
      updatedAt: now,
    };
  });
  const ids = await insertPrisoners(tx, rows);
  return new Map(lines.map((line) => [line.lineNo, ids.get(`batch:${batch.id}:${line.lineNo}`)!]));
}

/** One message per opted-in chat: private subscribers and/or linked channels, as the admin chose. */
async function announcementMessages(
  tx: Db,
  deps: ReleaseConfirmDeps,
  batch: ReleaseBatchRow,
  released: number,
): Promise<OutboxMessage[]> {
  const types: ('private' | 'channel')[] = [
    ...(batch.announce.subscribers ? ['private' as const] : []),
    ...(batch.announce.channels ? ['channel' as const] : []),
  ];
  if (types.length === 0 || released === 0) return [];
  const chats = await findAnnouncementChats(tx, types);
  const texts = new Map<Language, string>();
  const text = (language: Language) => {
    if (!texts.has(language)) {
      const lines = [
        deps.translate(language, 'release-announcement', {
          title: renderBatchTitle(deps.translate, language, batch),
          count: released,
        }),
      ];
      if (batch.sourceUrl)
        lines.push(
          `<a href="${escapeHtml(batch.sourceUrl)}">${deps.translate(language, 'release-announcement-source')}</a>`,
        );
      texts.set(language, lines.join('\n\n'));
    }
    return texts.get(language)!;
  };
  return chats.map((c) => ({
    chatId: c.chatId,
    subscriberId: c.id,
    kind: 'announcement' as const,
    dedupKey: `batch:${batch.id}:announce:${c.id}`,
    releaseBatchId: batch.id,
    text: text(c.language),
  }));
}
