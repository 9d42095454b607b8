import { describe, expect, it } from 'vitest';
import {
  addAdmin,
  approveAdmin,
  removeAdmin,
  type AdminManagementDeps,
} from '../../../src/app/admin/admin-management.ts';
import { enqueueAdminNotice } from '../../../src/app/admin/admin-notices.ts';
import { adminCheck, allAdminIds } from '../../../src/app/admin/admins.ts';
import { heldNotice } from '../../../src/app/sync/sync-hold-notices.ts';
import { createI18n, translatorFrom } from '../../../src/bot/i18n.ts';
import { admins } from '../../../src/db/schema/index.ts';
import { outboxRows, subscriber } from '../../support/sync-setup.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();

function deps(configured: number[]): AdminManagementDeps {
  return {
    db: database.db,
    clock: { now: () => new Date('2026-03-20T10:00:00Z') },
    adminIds: configured,
    translate: translatorFrom(createI18n('en')),
    defaultLanguage: 'en',
  };
}

describe(`admin management (${backendName()})`, () => {
  it('asks the other admins, each in their own language (their stored one, else the default); a pending addition is no admin', async () => {
    await subscriber(database.db, 2, { language: 'ru' });
    const d = deps([1, 2, 3]);
    expect(await addAdmin(d, 1, 4242)).toEqual({ outcome: 'requested' });
    const notices = await outboxRows(database.db);
    expect(notices.map((n) => n.chatId).sort()).toEqual([2, 3]);
    expect(notices.find((n) => n.chatId === 2)!.text).toContain('просит сделать пользователя');
    expect(notices.find((n) => n.chatId === 3)!.text).toContain('asks to make user <code>4242</code> an admin');
    expect(await adminCheck(database.db, [1, 2, 3])(4242)).toBe(false);
    expect(await allAdminIds(database.db, [1, 2, 3])).toEqual([1, 2, 3]);

    expect(await approveAdmin(d, 2, 4242)).toEqual({ outcome: 'approved', requestedBy: 1 });
    expect(await adminCheck(database.db, [1, 2, 3])(4242)).toBe(true);
  });

  it("sends a held sync run's notice to each admin in their own language", async () => {
    await subscriber(database.db, 2, { language: 'be' });
    await enqueueAdminNotice(
      database.db,
      deps([1, 2]),
      heldNotice('viasna', 7, [{ rule: 'releases', value: 25, limit: 20 }], { pardoned: 25 }, 0, {
        grave: [],
        kinds: [],
        batches: [],
      }),
    );
    const notices = await outboxRows(database.db);
    expect(notices.find((n) => n.chatId === 1)!.text).toContain('Sync of <b>viasna</b> is on hold');
    expect(notices.find((n) => n.chatId === 2)!.text).not.toContain('Sync of');
  });

  it('of two admins removing each other at once, one is refused: the last admin always stays', async () => {
    await database.db.insert(admins).values([
      { userId: 10, addedBy: 1 },
      { userId: 11, addedBy: 1 },
    ]);
    const d = deps([]);
    const outcomes = await Promise.all([removeAdmin(d, 10, 11), removeAdmin(d, 11, 10)]);
    expect(outcomes.sort()).toEqual(['last', 'removed']);
    expect(await allAdminIds(database.db, [])).toHaveLength(1);
  });
  it("the only admin adding two people at once adds one; the other waits for that new admin's approval", async () => {
    const outcomes = await Promise.all([addAdmin(deps([1]), 1, 20), addAdmin(deps([1]), 1, 21)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['added', 'requested']);
    expect(await allAdminIds(database.db, [1])).toHaveLength(2);
  });

  it('removing an admin withdraws the additions they asked for', async () => {
    await database.db.insert(admins).values([{ userId: 10, addedBy: 1 }]);
    expect(await addAdmin(deps([1]), 10, 30)).toEqual({ outcome: 'requested' });
    expect(await removeAdmin(deps([1]), 1, 10)).toBe('removed');
    expect(await approveAdmin(deps([1]), 1, 30)).toEqual({ outcome: 'no_request' });
    expect(await database.db.select().from(admins)).toEqual([]);
  });
});
