import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  followPendingName,
  followPrisoner,
  listFollows,
  unfollow,
  type FollowDeps,
} from '../../../src/app/follows/follows.ts';
import { RegistryIndex } from '../../../src/app/names/registry-index.ts';
import { syncSource } from '../../../src/app/sync/source-sync.ts';
import { changeSetting } from '../../../src/app/subscribers/subscriber-settings.ts';
import { follows, nameFeedback, prisoners, subscribers } from '../../../src/db/schema/index.ts';
import { transliterationKey } from '../../../src/domain/names/index.ts';
import { sourceFixture } from '../../support/fixtures.ts';
import { jsonSource, outboxRows, person, reload, syncDeps, type FeedPerson } from '../../support/sync-setup.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();

// The good feed fixture, and a few more people so that one newcomer does not change the feed's shape.
const GOOD = JSON.parse(sourceFixture('feed-good.json')) as { records: FeedPerson[] };
const OTHERS = [10, 11, 12, 13].map((n) => person(n));
const feedOf = (...extra: FeedPerson[]) => JSON.stringify({ records: [...GOOD.records, ...OTHERS, ...extra] });
const losik: FeedPerson = {
  id: 'spring96:4',
  names: [
    { text: 'Ігар Лосік', lang: 'be' },
    { text: 'Игорь Лосик', lang: 'ru' },
    { text: 'Ihar Losik', lang: 'en' },
  ],
  gender: 'm',
  birthYear: 1992,
  status: 'detained',
  statusSince: '2026-03-21',
  facility: { name: 'SIZO No. 1, Minsk', address: 'vul. Valadarskaha 2, 220030 Minsk' },
};

/** The register as the feed lists it (the first import of a source: nobody told), and deps around it. */
async function registered(limit = 20) {
  const index = new RegistryIndex(database.db);
  const sync = syncDeps(database.db, { matcher: index.pendingMatcher(), prepareMatcher: () => index.refresh() });
  const source = await jsonSource(database.db);
  sync.source.serve(feedOf());
  expect(await syncSource(sync, source, 's0')).toMatchObject({ outcome: 'applied', counts: { newly_listed: 7 } });
  const deps: FollowDeps & { search: RegistryIndex } = {
    db: database.db,
    followLimit: limit,
    timezone: 'Europe/Minsk',
    search: index,
  };
  const idOf = async (externalId: string) =>
    (await database.db.select().from(prisoners).where(eq(prisoners.externalId, externalId)))[0]!.id;
  return {
    deps,
    sync,
    source: await reload(database.db, source),
    index,
    ales: await idOf('spring96:1'),
    maryia: await idOf('spring96:2'),
    mikalai: await idOf('3'),
  };
}

describe(`following (${backendName()})`, () => {
  it('follows a person: the first follow stores the chat with its language and the default time zone, nothing more', async () => {
    const { deps, ales } = await registered();
    expect(await database.db.select().from(subscribers)).toEqual([]);
    expect(await followPrisoner(deps, { chatId: 501, language: 'ru' }, ales)).toMatchObject({
      outcome: 'followed',
      prisonerId: ales,
    });
    expect(await database.db.select().from(subscribers)).toEqual([
      expect.objectContaining({
        chatId: 501,
        language: 'ru',
        timezone: 'Europe/Minsk',
        discreet: false,
        announcements: false,
      }),
    ]);
    expect(await followPrisoner(deps, { chatId: 501, language: 'en' }, ales)).toMatchObject({
      outcome: 'already',
      prisonerId: ales,
    });
    expect(await followPrisoner(deps, { chatId: 501, language: 'ru' }, 999_999)).toEqual({ outcome: 'not_found' });
    expect((await database.db.select().from(subscribers))[0]!.language).toBe('ru');
  });

  it('stops at the per-user limit, counting people and pending names of that user only', async () => {
    const { deps, ales, maryia, mikalai } = await registered(2);
    await followPrisoner(deps, { chatId: 502, language: 'en' }, ales);
    expect(await followPendingName(deps, { chatId: 502, language: 'en' }, 'Ivan Ivanou 1990')).toMatchObject({
      outcome: 'pending',
    });
    expect(await followPrisoner(deps, { chatId: 502, language: 'en' }, maryia)).toEqual({ outcome: 'limit', limit: 2 });
    expect(await followPendingName(deps, { chatId: 502, language: 'en' }, 'Piotr Piatrou')).toEqual({
      outcome: 'limit',
      limit: 2,
    });
    // someone else's follows do not count
    expect(await followPrisoner(deps, { chatId: 503, language: 'en' }, maryia)).toMatchObject({ outcome: 'followed' });
    // quick taps at once cannot overrun the limit
    const taps = await Promise.all(
      [ales, maryia, mikalai].map((id) => followPrisoner(deps, { chatId: 504, language: 'be' }, id)),
    );
    expect(taps.filter((t) => t.outcome === 'followed')).toHaveLength(2);
    expect(taps.filter((t) => t.outcome === 'limit')).toHaveLength(1);
  });

  it('follows a name not yet listed once; a name listed meanwhile is followed as the person', async () => {
    const { deps, ales } = await registered();
    const chat = { chatId: 505, language: 'be' as const };
    expect(await followPendingName(deps, chat, '  Ігар   Лосік ')).toMatchObject({
      outcome: 'pending',
      name: 'Ігар Лосік',
    });
    expect(await followPendingName(deps, chat, 'ігар лосік')).toMatchObject({ outcome: 'already_pending' });
    expect(await followPendingName(deps, chat, 'Aleś Bialacki')).toEqual({
      outcome: 'listed',
      follow: expect.objectContaining({ outcome: 'followed', prisonerId: ales }),
    });
    expect(await followPendingName(deps, chat, '😀')).toEqual({
      outcome: 'invalid',
      problem: { reason: 'emoji_only' },
    });
    const list = await listFollows(database.db, 505);
    expect(list.map((e) => [e.prisonerId, e.pendingName, e.status])).toEqual([
      [null, 'Ігар Лосік', null],
      [ales, null, 'imprisoned'],
    ]);
  });

  it("lists and unfollows only the chat's own follows", async () => {
    const { deps, ales, maryia } = await registered();
    const mine = await followPrisoner(deps, { chatId: 506, language: 'en' }, ales);
    await followPrisoner(deps, { chatId: 507, language: 'en' }, maryia);
    const followId = mine.outcome === 'followed' ? mine.followId : -1;
    expect(await listFollows(database.db, 508)).toEqual([]);
    expect(await unfollow(database.db, 507, followId)).toEqual({ outcome: 'not_found' });
    expect(await unfollow(database.db, 506, followId)).toMatchObject({
      outcome: 'unfollowed',
      entry: { prisonerId: ales, nameEn: 'Ales Bialiatski' },
    });
    expect(await listFollows(database.db, 506)).toEqual([]);
    expect((await listFollows(database.db, 507)).map((e) => e.prisonerId)).toEqual([maryia]);
  });
});

describe(`a follow over time, through source sync (${backendName()})`, () => {
  it('a relative follows a name not yet listed; when a sync lists the person, the follow is attached and an alert queued', async () => {
    const { deps, sync, source } = await registered();
    expect(await followPendingName(deps, { chatId: 510, language: 'be' }, 'Ihar Losik')).toMatchObject({
      outcome: 'pending',
    });
    sync.clock.set('2026-03-21T08:00:00Z');
    sync.source.serve(feedOf(losik));
    expect(await syncSource(sync, source, 's1')).toMatchObject({
      outcome: 'applied',
      counts: { newly_listed: 1 },
      attached: 1,
      alerts: 1,
    });
    const [id] = (
      await database.db.select({ id: prisoners.id }).from(prisoners).where(eq(prisoners.externalId, 'spring96:4'))
    ).map((r) => r.id);
    const [alert] = await outboxRows(database.db);
    expect(alert).toMatchObject({ chatId: 510, kind: 'alert', status: 'pending' });
    expect(alert!.text).toContain('<b>Ігар Лосік (Ihar Losik)</b> унесены ў спіс палітвязняў.');
    expect(alert!.text).toContain(`start=f_${id}`);
    expect((await listFollows(database.db, 510)).map((e) => [e.prisonerId, e.pendingName])).toEqual([[id, null]]);
    expect(await database.db.select().from(follows).where(eq(follows.prisonerId, id!))).toEqual([
      expect.objectContaining({ attachedAt: new Date('2026-03-21T08:00:00Z') }),
    ]);
    // The miss is kept for admins and the evaluation set: the name's sound key and the person, nothing of the chat.
    expect(await database.db.select().from(nameFeedback)).toEqual([
      { id: expect.any(Number), queryKey: transliterationKey('Ihar Losik'), prisonerId: id, via: 'pending_attached' },
    ]);
  });

  it('a follow continues after release: when the person is held again, the follower is told', async () => {
    const { deps, sync, source, mikalai } = await registered();
    await followPrisoner(deps, { chatId: 511, language: 'en' }, mikalai);
    // a second follower chose discreet alerts in /settings (the neutral first line is added when it is sent)
    await followPrisoner(deps, { chatId: 512, language: 'ru' }, mikalai);
    await changeSetting(database.db, { chatId: 512, language: 'ru' }, 'Europe/Minsk', {
      setting: 'discreet',
      on: true,
    });
    const held = GOOD.records.map((r) =>
      String(r.id) === '3'
        ? { ...r, status: 'imprisoned', statusSince: '2026-03-22', facility: { name: 'Prison No. 4, Mahilioŭ' } }
        : r,
    );
    sync.source.serve(JSON.stringify({ records: [...held, ...OTHERS] }));
    expect(await syncSource(sync, source, 's1')).toMatchObject({
      outcome: 'applied',
      counts: { returned_to_custody: 1 },
      alerts: 2,
    });
    const [alert, discreet] = await outboxRows(database.db);
    expect(alert).toMatchObject({ chatId: 511, kind: 'alert' });
    expect(alert!.text).toContain(
      '<b>Mikalai Statkevich (Мікалай Статкевіч)</b> is held again after having been freed.',
    );
    expect(discreet).toMatchObject({ chatId: 512, kind: 'alert' });
    expect(discreet!.text).toContain('снова под стражей');
  });
});
