import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../src/app/digests/digest-renderer.ts';
import { RegistryIndex } from '../../../src/app/names/registry-index.ts';
import { approveBatch, confirmBatch, type ReleaseConfirmDeps } from '../../../src/app/releases/release-confirm.ts';
import {
  answerStep,
  chooseKind,
  fixLine,
  loadPreview,
  startRelease,
  submitList,
  toggleAnnounce,
  type ReleaseDraftDeps,
} from '../../../src/app/releases/release-drafts.ts';
import { askLineCountry, lineAwaitingCountry, setLineCountry } from '../../../src/app/releases/release-line-country.ts';
import { undoBatch } from '../../../src/app/releases/release-undo.ts';
import { createI18n, translatorFrom } from '../../../src/bot/i18n.ts';
import { digestEvents } from '../../../src/db/queries/digests.ts';
import { adminAuditLog, follows, outbox, prisoners, subscribers } from '../../../src/db/schema/index.ts';
import { buildDigest } from '../../../src/domain/digest-builder.ts';
import { historyRows, outboxRows, subscriber } from '../../support/sync-setup.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const FIXTURES = new URL('../../fixtures/releases/', import.meta.url);
const REGISTRY = JSON.parse(readFileSync(new URL('registry-batch.json', FIXTURES), 'utf8')) as {
  records: {
    id: string;
    names: { text: string; lang?: string }[];
    gender?: 'm' | 'f';
    birthYear?: number;
    region?: string;
  }[];
};
const LIST_123 = readFileSync(new URL('list-123.txt', FIXTURES), 'utf8');
const EXPECTED = JSON.parse(readFileSync(new URL('expected.json', FIXTURES), 'utf8')) as {
  line: number;
  text: string;
  expected: string | null;
  note: string;
}[];

const database = useTestDatabase();

const CREATOR = 1001;
const SECOND = 1002;

async function seedRegister(): Promise<Map<string, number>> {
  const rows = REGISTRY.records.map((r) => {
    const byLang = (lang: string) => r.names.find((n) => n.lang === lang)?.text ?? null;
    return {
      externalId: r.id,
      nameBe: byLang('be'),
      nameRu: byLang('ru'),
      nameEn: byLang('en'),
      aliases: r.names.filter((n) => !n.lang).map((n) => n.text),
      gender: r.gender ?? null,
      birthYear: r.birthYear ?? null,
      region: r.region ?? null,
      status: 'imprisoned' as const,
      statusSince: '2024-01-10',
      facilityName: 'Penal colony No. 3',
    };
  });
  const inserted = await database.db
    .insert(prisoners)
    .values(rows)
    .returning({ id: prisoners.id, externalId: prisoners.externalId });
  return new Map(inserted.map((r) => [r.externalId!, r.id]));
}

function setup(overrides: { threshold?: number } = {}) {
  let now = new Date('2025-12-13T12:00:00Z');
  const clock = { now: () => now, set: (at: string) => void (now = new Date(at)) };
  const index = new RegistryIndex(database.db);
  const translate = translatorFrom(createI18n('en'));
  const drafts: ReleaseDraftDeps = { db: database.db, search: index, clock, timezone: 'Europe/Minsk' };
  const confirm: ReleaseConfirmDeps = {
    db: database.db,
    clock,
    translate,
    botUsername: 'vestka_test_bot',
    adminIds: [CREATOR, SECOND],
    defaultLanguage: 'en',
    approvalThreshold: overrides.threshold ?? 30,
    matcher: index.pendingMatcher(),
    prepareMatcher: () => index.refresh(),
  };
  return { clock, drafts, confirm, undo: confirm };
}

/** The /release dialogue up to the preview, as an admin answers it. */
async function prepare(
  deps: ReturnType<typeof setup>,
  list: string,
  kind = 'pardoned',
  admin = CREATOR,
): Promise<number> {
  const { batch } = await startRelease(deps.drafts, admin);
  expect(await answerStep(deps.drafts, admin, '13 December 2025: 123 released', 'en')).toMatchObject({
    outcome: 'next',
    step: 'titles',
  });
  expect(await answerStep(deps.drafts, admin, 'ru: 13 декабря 2025: освобождены 123')).toMatchObject({
    outcome: 'next',
    step: 'date',
  });
  expect(await answerStep(deps.drafts, admin, '13.12.2025')).toMatchObject({ outcome: 'next', step: 'kind' });
  const kindStep = await chooseKind(deps.drafts, admin, batch.id, kind);
  if (kind === 'expelled') {
    expect(kindStep).toMatchObject({ step: 'country' });
    expect(await answerStep(deps.drafts, admin, 'ua')).toMatchObject({ outcome: 'next', step: 'source' });
  }
  expect(await answerStep(deps.drafts, admin, 'https://spring96.org/en/news/123')).toMatchObject({
    outcome: 'next',
    step: 'list',
  });
  expect(await submitList(deps.drafts, admin, list)).toMatchObject({ outcome: 'preview', batchId: batch.id });
  return batch.id;
}

describe(`batch releases (${backendName()})`, () => {
  it('matches a realistic 123-line list in mixed spellings without one wrong match', async () => {
    const ids = await seedRegister();
    const deps = setup();
    const batchId = await prepare(deps, LIST_123);
    const preview = (await loadPreview(database.db, batchId))!;
    expect(preview.lines).toHaveLength(123);

    const byId = new Map([...ids].map(([ext, id]) => [id, ext]));
    const wrong = preview.lines.filter(
      (l) =>
        (l.decision === 'matched' || l.decision === 'duplicate') &&
        byId.get(l.prisonerId!) !== EXPECTED[l.lineNo - 1]!.expected,
    );
    expect(wrong.map((l) => `${l.lineNo}: ${l.rawText} -> ${byId.get(l.prisonerId!)}`)).toEqual([]);

    const findable = EXPECTED.filter((e) => e.expected !== null && e.note !== 'listed twice');
    const found = findable.filter((e) => preview.lines[e.line - 1]!.decision === 'matched');
    expect(found.length / findable.length).toBeGreaterThanOrEqual(0.85);

    const line = (note: string) => preview.lines[EXPECTED.find((e) => e.note === note)!.line - 1]!;
    // A second listing is a duplicate of the first one that was matched; if the first stayed open, the second is the match.
    for (const again of EXPECTED.filter((e) => e.note === 'listed twice')) {
      const first = EXPECTED.find((e) => e.expected === again.expected && e.line !== again.line)!;
      const firstMatched = preview.lines[first.line - 1]!.decision === 'matched';
      const firstCounts = firstMatched && first.line < again.line;
      expect(preview.lines[again.line - 1]!.decision).toBe(firstCounts ? 'duplicate' : 'matched');
    }
    expect(EXPECTED.filter((e) => e.note === 'listed twice').map((e) => preview.lines[e.line - 1]!.decision)).toContain(
      'duplicate',
    );
    expect(line('unknown').decision).toBe('not_found');
    expect(line('namesakes').decision).toBe('ambiguous');
    expect(
      line('namesakes')
        .candidates.slice(0, 2)
        .map((c) => byId.get(c.prisonerId))
        .sort(),
    ).toEqual(['ivanou-1985', 'ivanou-1990']);
    expect(line('namesake with year')).toMatchObject({ decision: 'matched', prisonerId: ids.get('ivanou-1990') });
    expect(
      preview.counts.matched + preview.counts.ambiguous + preview.counts.not_found + preview.counts.duplicate,
    ).toBe(123);
  });

  it('confirms once: the change, its history with provenance and the alerts commit together; a second confirm does nothing', async () => {
    const ids = await seedRegister();
    const deps = setup();
    const follower = await subscriber(database.db, 501, { language: 'ru' });
    await database.db.insert(follows).values({ subscriberId: follower, prisonerId: ids.get('ivanou-1990')! });
    const batchId = await prepare(deps, '1. Ivan Ivanou 1990\n2. Іван Іваноў 1985', 'expelled');

    const [first, second] = await Promise.all([
      confirmBatch(deps.confirm, CREATOR, batchId),
      confirmBatch(deps.confirm, CREATOR, batchId),
    ]);
    const outcomes = [first.outcome, second.outcome].sort();
    expect(outcomes).toEqual(['confirmed', 'not_open']);
    expect(await confirmBatch(deps.confirm, CREATOR, batchId)).toMatchObject({
      outcome: 'not_open',
      status: 'confirmed',
    });

    const person = (
      await database.db
        .select()
        .from(prisoners)
        .where(eq(prisoners.id, ids.get('ivanou-1990')!))
    )[0]!;
    expect(person).toMatchObject({ status: 'expelled', expelledTo: 'UA', statusSince: '2025-12-13' });
    const history = (await historyRows(database.db)).filter((h) => h.releaseBatchId === batchId);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      kind: 'expelled',
      fromStatus: 'imprisoned',
      toStatus: 'expelled',
      changedBy: `admin:${CREATOR}`,
      sourceUrl: 'https://spring96.org/en/news/123',
      announced: true,
    });
    const alerts = await outboxRows(database.db);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ chatId: 501, kind: 'alert', releaseBatchId: batchId });
    expect(alerts[0]!.text).toContain('<i>13 декабря 2025: освобождены 123</i>');
    expect(alerts[0]!.text).toContain('Иван Иванов');
  });

  it('needs a second admin for a list over the threshold; the creator cannot approve their own', async () => {
    await seedRegister();
    const deps = setup({ threshold: 1 });
    await subscriber(database.db, SECOND, { language: 'en' });
    const batchId = await prepare(deps, 'Ivan Ivanou 1990, Ivan Ivanou 1985');

    expect(await confirmBatch(deps.confirm, CREATOR, batchId)).toMatchObject({
      outcome: 'awaiting_approval',
      released: 2,
    });
    // The creator is not asked to approve their own batch; the other admin is, in their language.
    const notices = (await outboxRows(database.db)).filter((r) => r.kind === 'notice');
    expect(notices.map((n) => n.chatId)).toEqual([SECOND]);
    expect(notices[0]!.text).toContain(`/release_approve ${batchId}`);
    expect((await outboxRows(database.db)).filter((r) => r.kind === 'alert')).toHaveLength(0);

    expect(await approveBatch(deps.confirm, CREATOR, batchId)).toEqual({ outcome: 'own_batch', batchId });
    expect(await approveBatch(deps.confirm, SECOND, batchId)).toMatchObject({ outcome: 'confirmed', released: 2 });
    expect(await approveBatch(deps.confirm, SECOND, batchId)).toMatchObject({ outcome: 'not_open' });
    expect((await loadPreview(database.db, batchId))!.batch).toMatchObject({
      status: 'confirmed',
      approvedBy: SECOND,
      approvalRequired: true,
    });
  });

  it('waits for every open line to be decided; a new record from a line fulfils a pending follow of that name', async () => {
    await seedRegister();
    const deps = setup();
    const waiting = await subscriber(database.db, 601, { language: 'be' });
    await database.db.insert(follows).values({ subscriberId: waiting, pendingName: 'Ціхан Верабейчык-Залескі' });
    const batchId = await prepare(deps, '1. Ціхан Верабейчык-Залескі, 1979\n2. Іван Іваноў');
    expect(await confirmBatch(deps.confirm, CREATOR, batchId)).toEqual({ outcome: 'unresolved', batchId, lines: 2 });

    const preview = (await loadPreview(database.db, batchId))!;
    expect(await fixLine(deps.drafts, SECOND, batchId, 1, { kind: 'create' })).toBe('not_editable');
    expect(await fixLine(deps.drafts, CREATOR, batchId, 1, { kind: 'create' })).toBe('done');
    expect(
      await fixLine(deps.drafts, CREATOR, batchId, 2, {
        kind: 'choose',
        prisonerId: preview.lines[1]!.candidates[1]!.prisonerId,
      }),
    ).toBe('done');
    expect(await confirmBatch(deps.confirm, CREATOR, batchId)).toMatchObject({ outcome: 'confirmed', released: 2 });

    const [created] = await database.db
      .select()
      .from(prisoners)
      .where(eq(prisoners.externalId, `batch:${batchId}:1`));
    expect(created).toMatchObject({ nameBe: 'Ціхан Верабейчык-Залескі', birthYear: 1979, status: 'pardoned' });
    expect((await database.db.select().from(follows).where(eq(follows.subscriberId, waiting)))[0]).toMatchObject({
      prisonerId: created!.id,
      pendingName: null,
    });
    expect((await outboxRows(database.db)).map((r) => r.chatId)).toEqual([601]);
  });

  it('announces to opted-in subscribers and channels when asked, once each', async () => {
    await seedRegister();
    const deps = setup();
    const [optedIn, channel] = [await subscriber(database.db, 701), await subscriber(database.db, -100701)];
    await subscriber(database.db, 702);
    await database.db.update(subscribers).set({ announcements: true }).where(eq(subscribers.id, optedIn));
    await database.db
      .update(subscribers)
      .set({ announcements: true, chatType: 'channel' })
      .where(eq(subscribers.id, channel));
    const batchId = await prepare(deps, 'Ivan Ivanou 1990');
    expect(await toggleAnnounce(database.db, CREATOR, batchId, 'subscribers')).toBe(true);
    expect(await toggleAnnounce(database.db, CREATOR, batchId, 'channels')).toBe(true);
    expect(await confirmBatch(deps.confirm, CREATOR, batchId)).toMatchObject({ outcome: 'confirmed' });
    const rows = (await outboxRows(database.db)).filter((r) => r.kind === 'announcement');
    expect(rows.map((r) => r.chatId).sort((a, b) => a - b)).toEqual([-100701, 701]);
    expect(rows[0]!.text).toContain('One political prisoner has been freed');
    expect(rows[0]!.text).toContain('href="https://spring96.org/en/news/123"');
  });

  it('undoes within 24 hours: statuses back, unsent alerts dropped, a correction to whoever was already told', async () => {
    const ids = await seedRegister();
    const deps = setup();
    const [told, notYet] = [
      await subscriber(database.db, 801, { language: 'en' }),
      await subscriber(database.db, 802, { language: 'be' }),
    ];
    await database.db.insert(follows).values([
      { subscriberId: told, prisonerId: ids.get('ivanou-1990')! },
      { subscriberId: notYet, prisonerId: ids.get('ivanou-1985')! },
    ]);
    const waiting = await subscriber(database.db, 803);
    await database.db.insert(follows).values({ subscriberId: waiting, pendingName: 'Ціхан Верабейчык-Залескі' });
    const batchId = await prepare(deps, 'Ivan Ivanou 1990\nIvan Ivanou 1985\nЦіхан Верабейчык-Залескі');
    await fixLine(deps.drafts, CREATOR, batchId, 3, { kind: 'create' });
    expect(await confirmBatch(deps.confirm, CREATOR, batchId)).toMatchObject({ outcome: 'confirmed', released: 3 });
    // The drainer got as far as the first follower.
    await database.db.update(outbox).set({ status: 'sent', settledAt: deps.clock.now() }).where(eq(outbox.chatId, 801));

    deps.clock.set('2025-12-14T08:00:00Z');
    expect(await undoBatch(deps.undo, SECOND, batchId)).toEqual({
      outcome: 'undone',
      batchId,
      reverted: 3,
      keptChanged: 0,
    });
    expect(await undoBatch(deps.undo, SECOND, batchId)).toMatchObject({ outcome: 'not_confirmed' });

    const statuses = await database.db
      .select({ ext: prisoners.externalId, status: prisoners.status, since: prisoners.statusSince })
      .from(prisoners)
      .where(eq(prisoners.status, 'pardoned'));
    expect(statuses).toEqual([]);
    expect(
      (
        await database.db
          .select()
          .from(prisoners)
          .where(eq(prisoners.id, ids.get('ivanou-1990')!))
      )[0],
    ).toMatchObject({ status: 'imprisoned', statusSince: '2024-01-10' });
    expect((await database.db.select().from(follows).where(eq(follows.subscriberId, waiting)))[0]).toMatchObject({
      prisonerId: null,
      pendingName: 'Ціхан Верабейчык-Залескі',
    });

    const rows = await outboxRows(database.db);
    expect(
      rows
        .filter((r) => r.status === 'dropped')
        .map((r) => r.chatId)
        .sort(),
    ).toEqual([802, 803]);
    const correction = rows.find((r) => r.kind === 'correction')!;
    expect(correction).toMatchObject({ chatId: 801, status: 'pending' });
    expect(correction.text).toContain('Correction');
    expect(correction.text).toContain('• Ivan Ivanou, born 1990');
    const history = await historyRows(database.db);
    expect(history.filter((h) => h.kind === 'correction')).toHaveLength(2);
    expect(history.filter((h) => h.kind === 'pardoned').every((h) => h.revertedAt !== null)).toBe(true);
    const actions = (await database.db.select().from(adminAuditLog)).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['release_start', 'release_list', 'release_confirm', 'release_undo']),
    );
  });

  it('refuses an undo after 24 hours, and keeps a status a later change set', async () => {
    const ids = await seedRegister();
    const deps = setup();
    const batchId = await prepare(deps, 'Ivan Ivanou 1990\nIvan Ivanou 1985');
    await confirmBatch(deps.confirm, CREATOR, batchId);
    deps.clock.set('2025-12-14T12:00:01Z');
    expect(await undoBatch(deps.undo, CREATOR, batchId)).toEqual({ outcome: 'too_late', batchId });

    deps.clock.set('2025-12-14T11:00:00Z');
    await database.db
      .update(prisoners)
      .set({ status: 'returned_to_custody' })
      .where(eq(prisoners.id, ids.get('ivanou-1985')!));
    expect(await undoBatch(deps.undo, CREATOR, batchId)).toMatchObject({
      outcome: 'undone',
      reverted: 1,
      keptChanged: 1,
    });
    expect(
      (
        await database.db
          .select()
          .from(prisoners)
          .where(eq(prisoners.id, ids.get('ivanou-1985')!))
      )[0]!.status,
    ).toBe('returned_to_custody');
  });

  it('asks for the country when one line becomes "expelled"; the person is expelled there and the alert names it', async () => {
    const ids = await seedRegister();
    const deps = setup();
    const follower = await subscriber(database.db, 511, { language: 'en' });
    await database.db.insert(follows).values({ subscriberId: follower, prisonerId: ids.get('ivanou-1990')! });
    const batchId = await prepare(deps, '1. Ivan Ivanou 1990\n2. Ivan Ivanou 1985');

    expect(await fixLine(deps.drafts, CREATOR, batchId, 1, { kind: 'release_kind', releaseKind: 'expelled' })).toBe(
      'needs_country',
    );
    expect(await askLineCountry(deps.drafts, SECOND, batchId, 1)).toBe('not_editable');
    expect(await askLineCountry(deps.drafts, CREATOR, batchId, 9)).toBe('no_line');
    expect(await askLineCountry(deps.drafts, CREATOR, batchId, 1)).toBe('asked');
    expect(await lineAwaitingCountry(database.db, CREATOR)).toMatchObject({ lineNo: 1, batch: { id: batchId } });
    expect(await setLineCountry(deps.drafts, CREATOR, batchId, 1, 'XX')).toBe('invalid');
    expect((await loadPreview(database.db, batchId))!.lines[0]).toMatchObject({
      kindOverride: null,
      countryOverride: null,
    });
    expect(await setLineCountry(deps.drafts, CREATOR, batchId, 1, ' lt ')).toBe('done');
    expect(await lineAwaitingCountry(database.db, CREATOR)).toBeUndefined();
    expect((await loadPreview(database.db, batchId))!.lines[0]).toMatchObject({
      kindOverride: 'expelled',
      countryOverride: 'LT',
    });

    expect(await confirmBatch(deps.confirm, CREATOR, batchId)).toMatchObject({ outcome: 'confirmed', released: 2 });
    const byExternal = async (ext: string) =>
      (
        await database.db
          .select()
          .from(prisoners)
          .where(eq(prisoners.id, ids.get(ext)!))
      )[0]!;
    expect(await byExternal('ivanou-1990')).toMatchObject({ status: 'expelled', expelledTo: 'LT' });
    expect(await byExternal('ivanou-1985')).toMatchObject({ status: 'pardoned', expelledTo: null });
    const [alert] = await outboxRows(database.db);
    expect(alert!.text).toContain('has been freed and sent out of Belarus, to Lithuania.');
  });

  it('gives every subscriber the batch title in their language, else quoted with its language; the published list is the first link', async () => {
    const ids = await seedRegister();
    const personPage = 'https://prisoners.spring96.org/en/person/ivan-ivanou';
    await database.db
      .update(prisoners)
      .set({ sourceUrl: personPage })
      .where(eq(prisoners.id, ids.get('ivanou-1990')!));
    const deps = setup({ threshold: 0 });
    const chats = { en: 521, ru: 522, be: 523 } as const;
    for (const [language, chatId] of Object.entries(chats)) {
      const id = await subscriber(database.db, chatId, { language: language as 'en' | 'ru' | 'be' });
      await database.db.update(subscribers).set({ announcements: true }).where(eq(subscribers.id, id));
      await database.db.insert(follows).values({ subscriberId: id, prisonerId: ids.get('ivanou-1990')! });
    }
    await subscriber(database.db, SECOND, { language: 'be' });
    const batchId = await prepare(deps, 'Ivan Ivanou 1990');
    await toggleAnnounce(database.db, CREATOR, batchId, 'subscribers');

    expect(await confirmBatch(deps.confirm, CREATOR, batchId)).toMatchObject({ outcome: 'awaiting_approval' });
    const [notice] = (await outboxRows(database.db)).filter((r) => r.kind === 'notice');
    expect(notice).toMatchObject({ chatId: SECOND });
    expect(notice!.text).toContain('«13 декабря 2025: освобождены 123» (па-руску)');
    expect(await approveBatch(deps.confirm, SECOND, batchId)).toMatchObject({ outcome: 'confirmed' });

    const rows = await outboxRows(database.db);
    const text = (kind: string, chatId: number) => rows.find((r) => r.kind === kind && r.chatId === chatId)!.text;
    expect(text('alert', chats.en)).toContain('<i>13 December 2025: 123 released</i>');
    expect(text('alert', chats.ru)).toContain('<i>13 декабря 2025: освобождены 123</i>');
    expect(text('alert', chats.be)).toContain('<i>«13 декабря 2025: освобождены 123» (па-руску)</i>');
    const en = text('alert', chats.en);
    expect(en).toContain('<a href="https://spring96.org/en/news/123">The published list</a>');
    expect(en).toContain(`<a href="${personPage}">Their page at the source</a>`);
    expect(en.indexOf('spring96.org/en/news/123')).toBeLessThan(en.indexOf(personPage));
    expect(text('announcement', chats.en)).toContain('<b>13 December 2025: 123 released</b>');
    expect(text('announcement', chats.be)).toContain('<b>«13 декабря 2025: освобождены 123» (па-руску)</b>');

    // Digests too: the release section's heading is the title in the subscriber's language.
    const period = { from: new Date('2025-12-13T00:00:00Z'), to: new Date('2025-12-14T00:00:00Z') };
    const model = buildDigest({
      events: await digestEvents(database.db, period.from, period.to),
      period,
      held: 0,
      heldBefore: null,
    });
    const digest = (language: 'en' | 'be') =>
      renderDigest(deps.confirm.translate, 'vestka_test_bot', { language, timeZone: 'Europe/Minsk' }, model);
    expect(digest('en')).toContain('<i>13 December 2025: 123 released</i>');
    expect(digest('be')).toContain('<i>«13 декабря 2025: освобождены 123» (па-руску)</i>');

    await database.db.update(outbox).set({ status: 'sent', settledAt: deps.clock.now() });
    await undoBatch(deps.undo, SECOND, batchId);
    const corrections = (await outboxRows(database.db)).filter((r) => r.kind === 'correction');
    expect(corrections.find((r) => r.chatId === chats.en)!.text).toContain('<i>13 December 2025: 123 released</i>');
    expect(corrections.find((r) => r.chatId === chats.be)!.text).toContain(
      '«13 декабря 2025: освобождены 123» (па-руску)',
    );
  });

  it('takes a title in one language, says which, and lets the admin add others or correct the guess', async () => {
    const deps = setup();
    const { batch } = await startRelease(deps.drafts, CREATOR);
    expect(await answerStep(deps.drafts, CREATOR, '13 снежня 2025: вызвалены 123', 'en')).toMatchObject({
      step: 'titles',
      batch: { titles: { ru: '13 снежня 2025: вызвалены 123' } },
    });
    expect(
      await answerStep(deps.drafts, CREATOR, 'be: 13 снежня 2025: вызвалены 123\nen: 13 December 2025: 123 released'),
    ).toMatchObject({ step: 'date' });
    expect((await loadPreview(database.db, batch.id))!.batch).toMatchObject({
      title: '13 снежня 2025: вызвалены 123',
      titles: { be: '13 снежня 2025: вызвалены 123', en: '13 December 2025: 123 released' },
    });

    // All three at once: no follow-up question.
    const again = await startRelease(deps.drafts, CREATOR);
    expect(await answerStep(deps.drafts, CREATOR, 'be: Вызваленне\nru: Освобождение\nen: Release', 'en')).toMatchObject(
      { step: 'date', batch: { id: again.batch.id, title: 'Release' } },
    );
  });

  it('answers bad input in the dialogue and keeps the draft', async () => {
    const deps = setup();
    const { batch } = await startRelease(deps.drafts, CREATOR);
    expect(await answerStep(deps.drafts, CREATOR, 'x')).toMatchObject({ outcome: 'invalid', problem: 'title' });
    expect(await answerStep(deps.drafts, CREATOR, 'A title\nwith a second line')).toMatchObject({
      outcome: 'invalid',
      problem: 'title_prefix',
    });
    expect(await answerStep(deps.drafts, CREATOR, 'en: A title\nde: Ein Titel')).toMatchObject({
      outcome: 'invalid',
      problem: 'title_prefix',
    });
    expect(await answerStep(deps.drafts, CREATOR, 'en: A title\nru: ab')).toMatchObject({
      outcome: 'invalid',
      problem: 'title',
    });
    await answerStep(deps.drafts, CREATOR, 'A title');
    expect(await answerStep(deps.drafts, CREATOR, 'Назва без пазнакі')).toMatchObject({
      outcome: 'invalid',
      step: 'titles',
      problem: 'title_prefix',
    });
    await answerStep(deps.drafts, CREATOR, '-');
    expect(await answerStep(deps.drafts, CREATOR, '31.02.2025')).toMatchObject({ outcome: 'invalid', problem: 'date' });
    await answerStep(deps.drafts, CREATOR, '2025-06-21');
    await chooseKind(deps.drafts, CREATOR, batch.id, 'expelled');
    expect(await answerStep(deps.drafts, CREATOR, 'XX')).toMatchObject({ outcome: 'invalid', problem: 'country' });
    await answerStep(deps.drafts, CREATOR, 'LT');
    expect(await answerStep(deps.drafts, CREATOR, 'javascript:alert(1)')).toMatchObject({
      outcome: 'invalid',
      problem: 'source',
    });
    await answerStep(deps.drafts, CREATOR, '-');
    expect(await submitList(deps.drafts, CREATOR, '1.\n2. 😀\n---')).toEqual({ outcome: 'invalid', problem: 'empty' });
    expect(
      await submitList(deps.drafts, CREATOR, Array.from({ length: 401 }, (_, i) => `Person Number${i}`).join('\n')),
    ).toEqual({ outcome: 'invalid', problem: 'too_many_lines', count: 401 });
    expect(await answerStep(deps.drafts, SECOND, 'anything')).toEqual({ outcome: 'no_draft' });
    expect((await loadPreview(database.db, batch.id))!.batch).toMatchObject({
      status: 'draft',
      step: 'list',
      kind: 'expelled',
      country: 'LT',
      sourceUrl: null,
      releaseDate: '2025-06-21',
    });
  });
});
