import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  recordStatusChanges,
  type Provenance,
  type StatusChange,
  type StatusChangeWriterDeps,
} from '../../../src/app/status-changes/status-change-writer.ts';
import { createI18n, translatorFrom } from '../../../src/bot/i18n.ts';
import type { Db } from '../../../src/db/database.ts';
import { markReverted } from '../../../src/db/queries/status-history.ts';
import { follows, nameFeedback, prisoners, type PrisonerRow } from '../../../src/db/schema/index.ts';
import type { ChangeEvent } from '../../../src/domain/change-event.ts';
import {
  follow,
  followPending,
  historyRows,
  jsonSource,
  outboxRows,
  sameNameMatcher,
  subscriber,
} from '../../support/sync-setup.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();
const NOW = new Date('2026-03-20T10:15:00Z');
const deps: StatusChangeWriterDeps = {
  translate: translatorFrom(createI18n('en')),
  botUsername: 'vestka_test_bot',
  matcher: sameNameMatcher,
};

async function listed(externalId: string, name = `Person ${externalId}`): Promise<PrisonerRow> {
  const [row] = await database.db
    .insert(prisoners)
    .values({ externalId, nameEn: name, status: 'imprisoned', statusSince: '2024-01-10', facilityName: 'Colony 3' })
    .returning();
  return row!;
}

async function syncFrom(db: Db): Promise<Provenance> {
  const source = await jsonSource(db);
  return { via: 'sync', runId: 7, source, fetchedAt: NOW };
}

const BATCH: Provenance = {
  via: 'release',
  batch: { id: 41, title: 'Pardon of 20 March', titles: {}, sourceUrl: 'https://example.org/list' },
  adminId: 1001,
};

function released(on = '2026-03-19'): ChangeEvent {
  return { kind: 'released', fromStatus: 'imprisoned', toStatus: 'released', occurredOn: on, details: {} };
}

function change(person: PrisonerRow, event: ChangeEvent): StatusChange {
  return { prisonerId: person.id, event, person: { ...person, status: event.toStatus ?? person.status } };
}

describe(`the status-change writer (${backendName()})`, () => {
  it('announces a release reported by a sync and then by a release batch once, recording both', async () => {
    const db = database.db;
    const person = await listed('p1');
    const en = await subscriber(db, 101, { language: 'en' });
    const ru = await subscriber(db, 102, { language: 'ru' });
    await follow(db, en, 'p1');
    await follow(db, ru, 'p1');

    const first = await db.transaction(async (tx) =>
      recordStatusChanges(tx, deps, await syncFrom(tx), [change(person, released())], NOW),
    );
    const second = await db.transaction((tx) =>
      recordStatusChanges(tx, deps, BATCH, [change(person, released())], NOW),
    );

    expect([first.alerts, second.alerts]).toEqual([2, 0]);
    const history = await historyRows(db);
    expect(history.map((h) => [h.kind, h.changedBy, h.releaseBatchId])).toEqual([
      ['released', 'sync:viasna', null],
      ['released', 'admin:1001', 41],
    ]);
    const queued = await outboxRows(db);
    expect(queued.map((o) => [o.chatId, o.dedupKey, o.statusHistoryId])).toEqual([
      [101, `event:${history[0]!.id}:${en}`, history[0]!.id],
      [102, `event:${history[0]!.id}:${ru}`, history[0]!.id],
    ]);
  });

  it('queues no second alert when the same call is repeated', async () => {
    const db = database.db;
    const person = await listed('p1');
    await follow(db, await subscriber(db, 101), 'p1');
    const write = () => db.transaction((tx) => recordStatusChanges(tx, deps, BATCH, [change(person, released())], NOW));

    expect((await write()).alerts).toBe(1);
    expect((await write()).alerts).toBe(0);
    expect(await outboxRows(db)).toHaveLength(1);
  });

  it('tells the same kind of news again once the person was back in custody in between', async () => {
    const db = database.db;
    const person = await listed('p1');
    await follow(db, await subscriber(db, 101), 'p1');
    const back: ChangeEvent = {
      kind: 'returned_to_custody',
      fromStatus: 'released',
      toStatus: 'imprisoned',
      occurredOn: '2026-03-19',
      details: {},
    };
    for (const event of [released(), back, released()])
      await db.transaction((tx) => recordStatusChanges(tx, deps, BATCH, [change(person, event)], NOW));

    const history = await historyRows(db);
    expect((await outboxRows(db)).map((o) => o.statusHistoryId)).toEqual(history.map((h) => h.id));
  });

  it('tells a release again after its first record was undone', async () => {
    const db = database.db;
    const person = await listed('p1');
    await follow(db, await subscriber(db, 101), 'p1');
    await db.transaction((tx) => recordStatusChanges(tx, deps, BATCH, [change(person, released())], NOW));
    const [undone] = await historyRows(db);
    await markReverted(db, undone!.id, NOW);

    const again = await db.transaction((tx) => recordStatusChanges(tx, deps, BATCH, [change(person, released())], NOW));

    expect(again.alerts).toBe(1);
  });

  it('writes the history row, the attached pending follow and the alert together', async () => {
    const db = database.db;
    const newcomer = await listed('p9', 'Ales Novy');
    const chat = await subscriber(db, 101);
    const pending = await followPending(db, chat, 'Ales Novy');
    const listing: StatusChange = {
      ...change(newcomer, {
        kind: 'newly_listed',
        fromStatus: null,
        toStatus: 'imprisoned',
        occurredOn: null,
        details: {},
      }),
      newcomer: { names: ['Ales Novy'] },
    };

    const written = await db.transaction((tx) => recordStatusChanges(tx, deps, BATCH, [listing], NOW));

    expect(written).toEqual({ alerts: 1, attached: 1 });
    const [attached] = await db.select().from(follows).where(eq(follows.id, pending));
    expect(attached!.prisonerId).toBe(newcomer.id);
    expect(await historyRows(db)).toHaveLength(1);
    expect((await outboxRows(db)).map((o) => o.chatId)).toEqual([101]);
  });

  it('leaves no history, no attached follow, no alert and no name feedback when the caller’s transaction fails', async () => {
    const db = database.db;
    const newcomer = await listed('p9', 'Ales Novy');
    const existing = await listed('p1');
    const chat = await subscriber(db, 101);
    await follow(db, chat, 'p1');
    const pending = await followPending(db, chat, 'Ales Novy');
    const changes: StatusChange[] = [
      {
        ...change(newcomer, {
          kind: 'newly_listed',
          fromStatus: null,
          toStatus: 'imprisoned',
          occurredOn: null,
          details: {},
        }),
        newcomer: { names: ['Ales Novy'] },
      },
      change(existing, released()),
    ];

    await expect(
      db.transaction(async (tx) => {
        expect(await recordStatusChanges(tx, deps, BATCH, changes, NOW)).toEqual({ alerts: 2, attached: 1 });
        throw new Error('the caller fails after the writer');
      }),
    ).rejects.toThrow('the caller fails after the writer');

    expect(await historyRows(db)).toEqual([]);
    expect(await outboxRows(db)).toEqual([]);
    expect(await db.select().from(nameFeedback)).toEqual([]);
    const [still] = await db.select().from(follows).where(eq(follows.id, pending));
    expect([still!.prisonerId, still!.pendingName]).toEqual([null, 'Ales Novy']);
  });
});
