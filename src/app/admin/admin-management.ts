import type { Db } from '../../db/database.ts';
import { logAdminAction, recentAdminActions, type AdminActionRow } from '../../db/queries/admin-audit.ts';
import {
  approvePendingAdmin,
  deleteAdmin,
  deletePendingRequestedBy,
  findAdminRow,
  insertAdmin,
  listAdminRows,
  lockStoredAdminIds,
  type AdminRow,
} from '../../db/queries/admins.ts';
import { enqueueAdminNotice, type AdminNoticeDeps } from './admin-notices.ts';
import type { Clock } from '../../domain/clock.ts';

export interface AdminManagementDeps extends AdminNoticeDeps {
  db: Db;
  clock: Clock;
}

export type AddAdminOutcome =
  | { outcome: 'added' }
  | { outcome: 'requested' }
  | { outcome: 'already_admin' }
  | { outcome: 'already_requested'; requestedBy: number };

/**
 * An admin asks to make another Telegram user an admin. While they are the only admin (the bootstrap:
 * one id in ADMIN_IDS) the user is added at once, as nobody else could approve; from two admins on,
 * the addition waits for another admin's /admin_approve, and the other admins are asked. Audited.
 */
export async function addAdmin(deps: AdminManagementDeps, by: number, userId: number): Promise<AddAdminOutcome> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx): Promise<AddAdminOutcome> => {
    const admins = await activeAdmins(tx, deps.adminIds);
    if (admins.has(userId)) return { outcome: 'already_admin' };
    const pending = await findAdminRow(tx, userId);
    if (pending) return { outcome: 'already_requested', requestedBy: pending.addedBy };
    const alone = admins.size <= 1;
    await insertAdmin(tx, { userId, addedBy: by, at: now, status: alone ? 'active' : 'pending' });
    if (alone) {
      await logAdminAction(tx, by, 'admin_add', { userId, approval: 'none: the only admin' }, now);
      return { outcome: 'added' };
    }
    await logAdminAction(tx, by, 'admin_add_request', { userId }, now);
    await enqueueAdminNotice(tx, deps, {
      dedupKey: `admin-request:${userId}:${now.getTime()}`,
      exclude: [by],
      render: (language, t) => t(language, 'admin-approval-needed', { user: String(userId), by: String(by) }),
    });
    return { outcome: 'requested' };
  });
}

export type ApproveAdminOutcome =
  | { outcome: 'approved'; requestedBy: number }
  | { outcome: 'own_request' }
  | { outcome: 'already_admin' }
  | { outcome: 'no_request' };

/** A second admin approves a pending addition; the one who asked for it cannot. Audited, and the other admins told. */
export async function approveAdmin(
  deps: AdminManagementDeps,
  by: number,
  userId: number,
): Promise<ApproveAdminOutcome> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx): Promise<ApproveAdminOutcome> => {
    if ((await activeAdmins(tx, deps.adminIds)).has(userId)) return { outcome: 'already_admin' };
    const row = await findAdminRow(tx, userId);
    if (row?.status !== 'pending') return { outcome: 'no_request' };
    if (row.addedBy === by) return { outcome: 'own_request' };
    if (!(await approvePendingAdmin(tx, userId, by))) return { outcome: 'already_admin' };
    await logAdminAction(tx, by, 'admin_approve', { userId, requestedBy: row.addedBy }, now);
    await enqueueAdminNotice(tx, deps, {
      dedupKey: `admin-approved:${userId}:${now.getTime()}`,
      exclude: [by],
      render: (language, t) =>
        t(language, 'admin-approved-notice', { user: String(userId), by: String(row.addedBy), approver: String(by) }),
    });
    return { outcome: 'approved', requestedBy: row.addedBy };
  });
}

export type RemoveAdminOutcome = 'removed' | 'withdrawn' | 'configured' | 'last' | 'not_admin';

/**
 * Removes an admin added in the chat, or withdraws a pending addition. An admin from ADMIN_IDS is
 * the operator's decision and is removed there; the last admin stays. No second approval: taking
 * rights away must be quick (a lost phone), and the other admins are told at once. The additions the
 * removed admin asked for are withdrawn with them, so nobody approves a request from a lost account.
 * Audited.
 */
export async function removeAdmin(deps: AdminManagementDeps, by: number, userId: number): Promise<RemoveAdminOutcome> {
  if (deps.adminIds.includes(userId)) return 'configured';
  const now = deps.clock.now();
  return deps.db.transaction(async (tx): Promise<RemoveAdminOutcome> => {
    const admins = await activeAdmins(tx, deps.adminIds);
    if (!admins.has(userId)) {
      if (!(await deleteAdmin(tx, userId, 'pending'))) return 'not_admin';
      await logAdminAction(tx, by, 'admin_add_withdrawn', { userId }, now);
      return 'withdrawn';
    }
    if (admins.size <= 1) return 'last';
    await deleteAdmin(tx, userId, 'active');
    const withdrawn = await deletePendingRequestedBy(tx, userId);
    await logAdminAction(
      tx,
      by,
      'admin_remove',
      { userId, ...(withdrawn > 0 ? { requestsWithdrawn: withdrawn } : {}) },
      now,
    );
    await enqueueAdminNotice(tx, deps, {
      dedupKey: `admin-removed:${userId}:${now.getTime()}`,
      exclude: [by],
      render: (language, t) => t(language, 'admin-removed-notice', { user: String(userId), by: String(by) }),
    });
    return 'removed';
  });
}

/** ADMIN_IDS and the approved run-time admins, their rows locked for the transaction. */
async function activeAdmins(tx: Db, configured: readonly number[]): Promise<Set<number>> {
  return new Set([...configured, ...(await lockStoredAdminIds(tx))]);
}

export interface AdminList {
  configured: readonly number[];
  /** Run-time admins and pending additions, oldest first (ids in ADMIN_IDS left out). */
  added: AdminRow[];
}

export async function listAdmins(deps: AdminManagementDeps): Promise<AdminList> {
  const configured = [...new Set(deps.adminIds)];
  return { configured, added: (await listAdminRows(deps.db)).filter((r) => !configured.includes(r.userId)) };
}

export const AUDIT_PAGE = 20;

export function latestAdminActions(db: Db): Promise<AdminActionRow[]> {
  return recentAdminActions(db, AUDIT_PAGE);
}
