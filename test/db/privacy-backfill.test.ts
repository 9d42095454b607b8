import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/db/migrate.ts';
import { adminAuditLog, outbox, subscribers } from '../../src/db/schema/index.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';

const database = useTestDatabase({ resetEachTest: false });

/** The hand-written data fixes of the migrations (after `-- hand-written:`), UPDATE statements only. */
function handWrittenUpdates(): string[] {
  return readdirSync(MIGRATIONS_FOLDER)
    .filter((f) => f.endsWith('.sql'))
    .flatMap((file) => {
      const text = readFileSync(join(MIGRATIONS_FOLDER, file), 'utf8');
      const at = text.indexOf('-- hand-written:');
      if (at === -1) return [];
      return text
        .slice(at)
        .split('--> statement-breakpoint')
        .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
        .filter((s) => /^UPDATE /i.test(s));
    });
}

describe(`what the privacy migration does to rows written before it (${backendName()})`, () => {
  it('strips recipient counts from old audit rows, empties the words of settled messages, starts the 30 days of gone chats', async () => {
    await database.db.insert(adminAuditLog).values([
      {
        adminId: 900,
        action: 'release_confirm',
        details: { batch: 1, released: 1, unchanged: 0, alerts: 3, announcements: 2 },
      },
      {
        adminId: 900,
        action: 'release_undo',
        details: { batch: 1, reverted: 1, keptChanged: 0, dropped: 2, corrections: 1 },
      },
      { adminId: 900, action: 'admin_add', details: { userId: 5, added: true } },
    ]);
    await database.db
      .insert(subscribers)
      .values({ chatId: 77, language: 'en', timezone: 'Europe/Minsk', active: false });
    // A row settled before the trigger existed: written directly as dead, with its words.
    await database.db.execute(sql`alter table outbox disable trigger outbox_forget_settled_text`);
    await database.db
      .insert(outbox)
      .values({ chatId: 77, kind: 'alert', priority: 1, dedupKey: 'old', text: 'Ales Bialiatski', status: 'dead' });
    await database.db.execute(sql`alter table outbox enable trigger outbox_forget_settled_text`);

    const updates = handWrittenUpdates();
    expect(updates.length).toBeGreaterThanOrEqual(3);
    for (const statement of updates) await database.db.execute(sql.raw(statement));

    expect(
      (await database.db.select({ details: adminAuditLog.details }).from(adminAuditLog).orderBy(adminAuditLog.id)).map(
        (r) => r.details,
      ),
    ).toEqual([
      { batch: 1, released: 1, unchanged: 0 },
      { batch: 1, reverted: 1, keptChanged: 0 },
      { userId: 5, added: true },
    ]);
    expect((await database.db.select({ text: outbox.text }).from(outbox))[0]!.text).toBe('');
    expect((await database.db.select({ since: subscribers.inactiveSince }).from(subscribers))[0]!.since).toBeInstanceOf(
      Date,
    );
  });
});
