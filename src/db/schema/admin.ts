import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Admins added at run time with /admin_add; ADMIN_IDS from the configuration are admins too. With
 * more than one admin an addition waits as `pending` until another admin approves it.
 */
export const admins = pgTable('admins', {
  userId: bigint({ mode: 'number' }).primaryKey(),
  /** The admin who asked for this one. */
  addedBy: bigint({ mode: 'number' }).notNull(),
  addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** active | pending (asked for, not yet approved: not an admin) */
  status: text().$type<'active' | 'pending'>().notNull().default('active'),
  /** The second admin who approved the addition; null when it needed none (a single admin). */
  approvedBy: bigint({ mode: 'number' }),
});

/** Every admin action, for /audit. Never holds who follows whom. */
export const adminAuditLog = pgTable(
  'admin_audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    adminId: bigint({ mode: 'number' }).notNull(),
    action: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('admin_audit_log_at_idx').on(t.at)],
);
