import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Admins added at run time with /admin_add; ADMIN_IDS from the configuration are admins too. */
export const admins = pgTable('admins', {
  userId: bigint({ mode: 'number' }).primaryKey(),
  addedBy: bigint({ mode: 'number' }).notNull(),
  addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
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
