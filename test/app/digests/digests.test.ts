import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runDueDigests, type DigestRunnerDeps } from '../../../src/app/digests/digest-runner.ts';
import { createI18n, translatorFrom } from '../../../src/bot/i18n.ts';
import { eraseChat } from '../../../src/db/queries/chat-erasure.ts';
import { claimOutbox } from '../../../src/db/queries/outbox-claims.ts';
import { rowsOf } from '../../../src/db/rows.ts';
import {
  channelFollows,
  digestRuns,
  follows,
  outbox,
  prisoners,
  releaseBatchLines,
  releaseBatches,
  statusHistory,
  subscribers,
} from '../../../src/db/schema/index.ts';
import type { EventKind } from '../../../src/domain/change-event.ts';
import type { Language } from '../../../src/domain/language.ts';
import { splitMessage } from '../../../src/domain/message-splitter.ts';
import type { PrisonerStatus } from '../../../src/domain/status.ts';
import { parseTelegramHtml } from '../../support/telegram-html.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';
import { VestkaProcess } from '../../support/vestka-process.ts';

const database = useTestDatabase();

const at = (iso: string) => new Date(iso);
const deps = (): DigestRunnerDeps => ({
  db: database.db,
  translate: translatorFrom(createI18n('be')),
  botUsername: 'vestka_test_bot',
  worker: 'test',
  chunkSize: 2,
  concurrency: 2,
});
// Minsk is UTC+3: a 20:00 digest falls at 17:00Z.
const DUE = '2026-12-05T17:00:00Z';

async function person(name: string, status: PrisonerStatus = 'imprisoned'): Promise<number> {
  const [row] = await database.db
    .insert(prisoners)
    .values({ nameBe: `${name}-be`, nameRu: `${name}-ru`, nameEn: `${name}-en`, status })
    .returning({ id: prisoners.id });
  return row!.id;
}

async function change(
  prisonerId: number,
  kind: EventKind,
  recorded: string,
  extra: Partial<typeof statusHistory.$inferInsert> = {},
): Promise<void> {
  await database.db
    .insert(statusHistory)
    .values({ prisonerId, kind, observedAt: at(recorded), createdAt: at(recorded), changedBy: 'sync:test', ...extra });
}

async function subscriber(chatId: number, options: Partial<typeof subscribers.$inferInsert> = {}): Promise<number> {
  const [row] = await database.db
    .insert(subscribers)
    .values({
      chatId,
      language: 'be',
      timezone: 'Europe/Minsk',
      digestEnabled: true,
      digestEnabledAt: at('2026-11-01T00:00:00Z'),
      ...options,
    })
    .returning({ id: subscribers.id });
  return row!.id;
}

/** Queued digests as the drainer would read them: the shared text when there is one. */
async function digests(): Promise<
  { chatId: number; dedupKey: string; text: string; shared: boolean; ownText: string }[]
> {
  const result = await database.db.execute(sql`
    select o.chat_id, o.dedup_key, coalesce(b.text, o.text) as text, o.body_id is not null as shared, o.text as own
    from outbox o left join outbox_bodies b on b.id = o.body_id where o.kind = 'digest' order by o.chat_id, o.id`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    chatId: Number(r.chat_id),
    dedupKey: String(r.dedup_key),
    text: String(r.text),
    shared: Boolean(r.shared),
    ownText: String(r.own),
  }));
}

const visible = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`${parsed.error}: ${html}`);
  return parsed.text;
};

describe(`daily digests (${backendName()})`, () => {
  it("is queued at the subscriber's hour, once: not before, and not again at the next tick or after a restart", async () => {
    const a = await person('Ales');
    await person('Maryia', 'detained');
    await change(a, 'sentenced', '2026-12-05T09:00:00Z', {
      toStatus: 'imprisoned',
      details: { sentence: { from: null, to: { years: 10, months: 0 } } },
    });
    // Turned on this morning: yesterday's hour does not count.
    await subscriber(701, { digestEnabledAt: at('2026-12-05T06:00:00Z') });
    await subscriber(702, { digestHour: 21, digestEnabledAt: at('2026-12-05T06:00:00Z') });

    expect(await runDueDigests(deps(), at('2026-12-05T16:59:00Z'))).toMatchObject({ claimed: 0 });
    expect(await digests()).toEqual([]);
    expect(await runDueDigests(deps(), at(DUE))).toMatchObject({ claimed: 1, queued: 1 });
    expect(await runDueDigests(deps(), at('2026-12-05T17:01:00Z'))).toMatchObject({ claimed: 0 });
    expect(await runDueDigests(deps(), at('2026-12-05T18:00:00Z'))).toMatchObject({ claimed: 1, queued: 1 });
    const queued = await digests();
    expect(queued.map((d) => d.dedupKey)).toEqual([`digest:1:2026-12-05`, `digest:2:2026-12-05`]);
    const text = visible(queued[0]!.text);
    expect(text).toContain('04.12.2026 20:00 – 05.12.2026 20:00');
    expect(text).toContain('Цяпер у зняволенні: 2 палітвязні.');
    expect(text).toContain('Змены: 1 прысуд.');
    expect(text).toContain('Прысуды і змены тэрмінаў');
    expect(text).toContain('Ales-be: прысуд, 10 гадоў');
    expect(queued[0]!.text).toContain(`<a href="https://t.me/vestka_test_bot?start=f_${a}">Ales-be</a>`);
  });

  it("speaks each subscriber's language with the right plural forms", async () => {
    const people = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((n) => person(n, 'pardoned')));
    for (const p of people.slice(0, 5)) await change(p, 'pardoned', '2026-12-05T10:00:00Z', { toStatus: 'pardoned' });
    for (const p of people.slice(5, 7)) await change(p, 'sentenced', '2026-12-05T10:00:00Z');
    await change(people[7]!, 'transferred', '2026-12-05T10:00:00Z', {
      details: { facility: { from: null, to: { name: 'IK-3 <Vitsba>', address: null } } },
    });
    await person('Held1');
    await person('Held2');
    await person('Held3');
    for (const [chatId, language] of [
      [711, 'be'],
      [712, 'ru'],
      [713, 'en'],
    ] as [number, Language][])
      await subscriber(chatId, { language });
    await runDueDigests(deps(), at(DUE));
    const [be, ru, en] = (await digests()).map((d) => visible(d.text));
    expect(be).toContain('Змены: 2 прысуды, 1 этапаванне, 5 памілаванняў.');
    expect(be).toContain('3 палітвязні');
    expect(ru).toContain('Изменения: 2 приговора, 1 перевод, 5 помилований.');
    expect(ru).toContain('3 политзаключённых');
    expect(ru).toContain('H-ru: перевод в IK-3 <Vitsba>');
    expect(en).toContain('Changes: 2 verdicts, 1 transfer, 5 pardons.');
    expect(en).toContain('Held now: 3 political prisoners.');
    expect(en).toContain('Releases');
  });

  it('scope "followed" lists only the subscriber\'s people, on the subscriber\'s own row; "everything" subscribers share one stored text', async () => {
    const a = await person('Ales');
    const b = await person('Bahdan');
    await change(a, 'transferred', '2026-12-05T10:00:00Z');
    await change(b, 'detained', '2026-12-05T11:00:00Z');
    const follower = await subscriber(721, { digestScope: 'followed' });
    await database.db.insert(follows).values({ subscriberId: follower, prisonerId: a });
    await subscriber(722);
    await subscriber(723);
    // A channel with scope "followed" reads its own list, never the follows of the admin who linked it (721).
    const channel = await subscriber(-100500, { chatType: 'channel', linkedBy: 721, digestScope: 'followed' });
    await database.db.insert(channelFollows).values({ channelId: channel, prisonerId: b });
    const report = await runDueDigests(deps(), at(DUE));
    expect(report).toMatchObject({ claimed: 4, queued: 4, sharedTexts: 1 });
    const byChat = new Map((await digests()).map((d) => [d.chatId, d]));
    const personal = byChat.get(721)!;
    expect(personal.shared).toBe(false);
    expect(visible(personal.text)).toContain('Ales-be');
    expect(visible(personal.text)).not.toContain('Bahdan-be');
    expect(visible(byChat.get(-100500)!.text)).toContain('Bahdan-be');
    expect(visible(byChat.get(-100500)!.text)).not.toContain('Ales-be');
    expect(byChat.get(722)!.shared && byChat.get(723)!.shared).toBe(true);
    expect(byChat.get(722)!.ownText).toBe('');
    expect(visible(byChat.get(722)!.text)).toContain('Bahdan-be');
    // The drainer claims the shared text as the row's own.
    const claimed = await claimOutbox(database.db, {
      worker: 'w',
      limit: 10,
      now: at('2030-01-01T00:00:00Z'),
      leaseUntil: at('2030-01-01T00:05:00Z'),
    });
    expect(claimed.find((r) => r.chatId === 722)!.text).toBe(byChat.get(722)!.text);
    expect(claimed.find((r) => r.chatId === 721)!.text).toBe(personal.text);
  });

  it('on a day without changes sends nothing, or the one-line note to subscribers who asked for it', async () => {
    await person('Ales');
    const quiet = await subscriber(731);
    await subscriber(732, { digestSendEmpty: true });
    await subscriber(733, { digestScope: 'followed' });
    expect(await runDueDigests(deps(), at(DUE))).toMatchObject({ claimed: 3, queued: 1, empty: 2 });
    const queued = await digests();
    expect(queued.map((d) => d.chatId)).toEqual([732]);
    expect(visible(queued[0]!.text)).toContain('За гэты перыяд зменаў няма.');
    const runs = await database.db.select().from(digestRuns).where(eq(digestRuns.subscriberId, quiet));
    expect(runs).toEqual([expect.objectContaining({ localDate: '2026-12-05', outcome: 'empty', entries: 0 })]);
  });

  it("leaves out corrections, source gaps, a source's first import and changes an admin undid", async () => {
    const a = await person('Ales');
    await change(a, 'correction', '2026-12-05T10:00:00Z', { announced: false });
    await change(a, 'missing_from_source', '2026-12-05T10:00:00Z');
    await change(a, 'newly_listed', '2026-12-05T10:00:00Z', { details: { initialImport: true } });
    await change(a, 'pardoned', '2026-12-05T10:00:00Z', { revertedAt: at('2026-12-05T12:00:00Z') });
    await subscriber(741);
    expect(await runDueDigests(deps(), at(DUE))).toMatchObject({ claimed: 1, queued: 0, empty: 1 });
  });

  it('groups the releases of a batch under its title', async () => {
    const [batch] = await database.db
      .insert(releaseBatches)
      .values({ title: '13 снежня: 123 вызваленыя', releaseDate: '2026-12-05', kind: 'expelled', createdBy: 1 })
      .returning();
    const a = await person('Ales', 'expelled');
    const b = await person('Bahdan', 'released');
    await change(a, 'expelled', '2026-12-05T10:00:00Z', { releaseBatchId: batch!.id, details: { country: 'LT' } });
    await change(b, 'released', '2026-12-05T11:00:00Z');
    await subscriber(751);
    await runDueDigests(deps(), at(DUE));
    const text = visible((await digests())[0]!.text);
    expect(text).toMatch(
      /Вызваленні\n13 снежня: 123 вызваленыя\n• Ales-be: вызваленне і высылка, краіна: Літва\n• Bahdan-be: вызваленне$/m,
    );
  });

  it('says "at the end of the term" only when a batch of that kind or the dates show it, never for a source\'s bare "released"', async () => {
    const midTerm = await person('Midterm', 'released');
    await database.db
      .update(prisoners)
      .set({ detainedAt: '2021-12-01', sentenceYears: 15, sentenceMonths: 0 })
      .where(eq(prisoners.id, midTerm));
    await change(midTerm, 'released', '2026-12-05T09:00:00Z', { toStatus: 'released', occurredOn: '2026-12-04' });
    const served = await person('Served', 'released');
    await database.db
      .update(prisoners)
      .set({ detainedAt: '2023-12-05', sentenceYears: 3, sentenceMonths: 0 })
      .where(eq(prisoners.id, served));
    await change(served, 'released', '2026-12-05T09:00:00Z', { toStatus: 'released', occurredOn: '2026-12-04' });
    const [endOfTerm] = await database.db
      .insert(releaseBatches)
      .values({ title: 'Term served', releaseDate: '2026-12-05', kind: 'released', createdBy: 1 })
      .returning();
    const [pardon] = await database.db
      .insert(releaseBatches)
      .values({ title: 'Pardons', releaseDate: '2026-12-05', kind: 'pardoned', createdBy: 1 })
      .returning();
    const inBatch = await person('Batched', 'released');
    const overridden = await person('Overridden', 'released');
    await database.db.insert(releaseBatchLines).values([
      { batchId: endOfTerm!.id, lineNo: 1, rawText: 'Batched', decision: 'matched', prisonerId: inBatch },
      {
        batchId: pardon!.id,
        lineNo: 1,
        rawText: 'Overridden',
        decision: 'matched',
        prisonerId: overridden,
        kindOverride: 'released_in_belarus',
      },
    ]);
    await change(inBatch, 'released', '2026-12-05T10:00:00Z', { releaseBatchId: endOfTerm!.id, details: { line: 1 } });
    await change(overridden, 'released', '2026-12-05T10:00:00Z', { releaseBatchId: pardon!.id, details: { line: 1 } });
    await subscriber(752, { language: 'en' });
    await runDueDigests(deps(), at(DUE));
    const text = visible((await digests())[0]!.text);
    expect(text).toMatch(/• Midterm-en: released$/m);
    expect(text).toContain('• Served-en: released at the end of the term');
    expect(text).toContain('• Batched-en: released at the end of the term');
    expect(text).toMatch(/• Overridden-en: released$/m);
    expect(text).toContain('Changes: 2 releases at the end of the term, 2 releases.');
  });

  it('lists each person once, under their latest change, and counts what it lists', async () => {
    const statkevich = await person('Statkevich', 'returned_to_custody');
    await change(statkevich, 'pardoned', '2026-12-05T08:00:00Z', { toStatus: 'pardoned' });
    await change(statkevich, 'returned_to_custody', '2026-12-05T12:00:00Z', { toStatus: 'returned_to_custody' });
    const missing = await person('Missing', 'whereabouts_unknown');
    await change(missing, 'whereabouts_unknown', '2026-12-05T08:00:00Z');
    await change(missing, 'contact_restored', '2026-12-05T09:00:00Z');
    await change(missing, 'whereabouts_unknown', '2026-12-05T10:00:00Z');
    const found = await person('Found');
    await change(found, 'whereabouts_unknown', '2026-12-05T08:00:00Z');
    await change(found, 'contact_restored', '2026-12-05T11:00:00Z');
    await subscriber(753, { language: 'en' });
    await runDueDigests(deps(), at(DUE));
    const text = visible((await digests())[0]!.text);
    expect(text.match(/Statkevich-en/g)).toHaveLength(1);
    expect(text).toContain('• Statkevich-en: held again after having been freed (earlier in this period: pardoned)');
    expect(text).not.toContain('Releases');
    expect(text).toContain('Changes: 1 person whose whereabouts are unknown, 1 held again, 1 person heard of again.');
    expect(text.match(/^• .*: whereabouts unknown/gm)).toEqual(['• Missing-en: whereabouts unknown']);
  });

  it('lists deaths in custody and whereabouts unknown first, before every other section', async () => {
    const a = await person('Ales');
    const b = await person('Bahdan', 'died_in_custody');
    const c = await person('Ciesia', 'whereabouts_unknown');
    await change(a, 'detained', '2026-12-05T08:00:00Z');
    await change(c, 'whereabouts_unknown', '2026-12-05T09:00:00Z');
    await change(b, 'died_in_custody', '2026-12-05T10:00:00Z');
    await subscriber(754, { language: 'en' });
    await runDueDigests(deps(), at(DUE));
    const text = visible((await digests())[0]!.text);
    expect(text).toContain('Changes: 1 death in custody, 1 person whose whereabouts are unknown, 1 detention.');
    expect(text).toMatch(
      /Deaths in custody and whereabouts unknown\n• Bahdan-en: died in custody\n• Ciesia-en: whereabouts unknown\n\nNewly listed and detained\n• Ales-en: detained/,
    );
  });

  it('tells registered namesakes apart in every line: the birth year, else the region', async () => {
    const insert = async (values: Partial<typeof prisoners.$inferInsert>) =>
      (
        await database.db
          .insert(prisoners)
          .values({ nameEn: 'Aliaksandr Kavaliou', nameBe: 'Аляксандр Кавалёў', status: 'imprisoned', ...values })
          .returning({ id: prisoners.id })
      )[0]!.id;
    const older = await insert({ birthYear: 1971 });
    const younger = await insert({ birthDate: '1990-04-02', status: 'died_in_custody' });
    // A third namesake, not in this digest, with no year: still a namesake.
    await insert({ region: 'Homiel region', nameBe: 'Аляксандр КАВАЛЁЎ' });
    await person('Unique');
    await change(older, 'transferred', '2026-12-05T08:00:00Z', {
      details: { facility: { from: null, to: { name: 'IK-9', address: null } } },
    });
    await change(younger, 'died_in_custody', '2026-12-05T09:00:00Z');
    await subscriber(755, { language: 'en' });
    await subscriber(756, { language: 'be' });
    await runDueDigests(deps(), at(DUE));
    const [en, be] = (await digests()).map((d) => visible(d.text));
    expect(en).toContain('• Aliaksandr Kavaliou, born 1990: died in custody');
    expect(en).toContain('• Aliaksandr Kavaliou, born 1971: moved to IK-9');
    expect(be).toContain('• Аляксандр Кавалёў, 1990 г. н.: смерць у зняволенні');
  });

  it('after downtime sends the missed digest once on start, covering the whole gap since the last one received', async () => {
    const a = await person('Ales');
    const b = await person('Bahdan');
    const c = await person('Ciesia');
    const id = await subscriber(761);
    // The last digest the subscriber got was on 1 December, with 5 held.
    await database.db.insert(digestRuns).values({
      subscriberId: id,
      localDate: '2026-12-01',
      periodFrom: at('2026-11-30T17:00:00Z'),
      periodTo: at('2026-12-01T17:00:00Z'),
      heldCount: 5,
      entries: 1,
      outcome: 'queued',
      claimedBy: 'old',
    });
    await database.db.insert(outbox).values({
      chatId: 761,
      subscriberId: id,
      kind: 'digest',
      priority: 5,
      dedupKey: `digest:${id}:2026-12-01`,
      text: 'old',
      status: 'sent',
    });
    await change(a, 'detained', '2026-12-02T10:00:00Z');
    await change(b, 'detained', '2026-12-03T10:00:00Z');
    await change(c, 'detained', '2026-12-04T05:00:00Z');
    // Vestka was down from 1 December and starts on 4 December at 09:00 Minsk time, before the hour.
    expect(await runDueDigests(deps(), at('2026-12-04T06:00:00Z'))).toMatchObject({ claimed: 1, queued: 1 });
    expect(await runDueDigests(deps(), at('2026-12-04T06:01:00Z'))).toMatchObject({ claimed: 0 });
    const [missed] = await digests().then((d) => d.filter((x) => x.dedupKey.endsWith('2026-12-03')));
    const text = visible(missed!.text);
    expect(text).toContain('01.12.2026 20:00 – 04.12.2026 09:00');
    expect(text).toContain('Змены: 3 затрыманні.');
    expect(text).toContain('3 палітвязні, на 2 менш, чым у мінулым дайджэсце');

    // That evening's digest: the morning one is still waiting (not received), so it covers the gap again.
    await change(a, 'transferred', '2026-12-04T12:00:00Z');
    await runDueDigests(deps(), at('2026-12-04T17:00:00Z'));
    const evening = (await digests()).find((d) => d.dedupKey.endsWith('2026-12-04'))!;
    expect(visible(evening.text)).toContain('01.12.2026 20:00 – 04.12.2026 20:00');
    // Once it was received, the next one starts where it ended.
    await database.db
      .update(outbox)
      .set({ status: 'sent' })
      .where(eq(outbox.dedupKey, `digest:${id}:2026-12-04`));
    await change(b, 'sentenced', '2026-12-05T10:00:00Z');
    await runDueDigests(deps(), at(DUE));
    const next = visible((await digests()).find((d) => d.dedupKey.endsWith('2026-12-05'))!.text);
    expect(next).toContain('04.12.2026 20:00 – 05.12.2026 20:00');
    expect(next).toContain('Змены: 1 прысуд.');
    expect(next).toContain('столькі ж');
  });

  it("keeps the subscriber's local hour across a daylight-saving change, one digest per local date", async () => {
    await subscriber(771, {
      timezone: 'Europe/Vilnius',
      digestSendEmpty: true,
      digestEnabledAt: at('2026-03-28T12:00:00Z'),
    });
    expect(await runDueDigests(deps(), at('2026-03-28T18:00:00Z'))).toMatchObject({ queued: 1 });
    // 29 March: Vilnius is UTC+3 now, so 20:00 is 17:00Z.
    expect(await runDueDigests(deps(), at('2026-03-29T16:59:00Z'))).toMatchObject({ claimed: 0 });
    expect(await runDueDigests(deps(), at('2026-03-29T17:00:00Z'))).toMatchObject({ queued: 1 });
    expect(await runDueDigests(deps(), at('2026-03-29T18:00:00Z'))).toMatchObject({ claimed: 0 });
    expect((await digests()).map((d) => d.dedupKey)).toEqual(['digest:1:2026-03-28', 'digest:1:2026-03-29']);
  });

  it("a subscriber who turns the digest on after today's hour waits for tomorrow; an inactive or switched-off subscriber gets none", async () => {
    await subscriber(781, { digestEnabledAt: at('2026-12-05T18:00:00Z'), digestSendEmpty: true });
    await subscriber(782, { active: false, digestSendEmpty: true });
    await subscriber(783, { digestEnabled: false, digestSendEmpty: true });
    expect(await runDueDigests(deps(), at('2026-12-05T19:00:00Z'))).toMatchObject({ claimed: 0 });
    expect(await runDueDigests(deps(), at('2026-12-06T17:00:00Z'))).toMatchObject({ claimed: 1 });
  });

  it("a long digest is one row that splits into valid messages within Telegram's limit", async () => {
    for (let i = 0; i < 300; i++)
      await change(await person(`Person number ${i} with a long name`), 'newly_listed', '2026-12-05T10:00:00Z');
    await subscriber(791);
    await runDueDigests(deps(), at(DUE));
    const [digest] = await digests();
    const parts = splitMessage(digest!.text);
    expect(parts.length).toBeGreaterThan(3);
    const shownParts = parts.map(visible);
    for (const part of shownParts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(shownParts.join('\n').match(/• /g)).toHaveLength(300);
    // Cuts fall between lines: no person's line is broken across two messages.
    for (const part of shownParts.slice(1))
      expect(part.trimStart().startsWith('• ') || part.trimStart().startsWith('<')).toBe(true);
  });

  it("/forget erases the subscriber's digest records and personal digests; shared texts name nobody and stay", async () => {
    const a = await person('Ales');
    await change(a, 'detained', '2026-12-05T10:00:00Z');
    const follower = await subscriber(795, { digestScope: 'followed' });
    await database.db.insert(follows).values({ subscriberId: follower, prisonerId: a });
    await subscriber(796);
    await runDueDigests(deps(), at(DUE));
    await database.db.transaction((tx) => eraseChat(tx, 795));
    expect((await digests()).map((d) => d.chatId)).toEqual([796]);
    expect(await database.db.select().from(digestRuns).where(eq(digestRuns.subscriberId, follower))).toEqual([]);
  });

  it('with chunks in flight together, counts every digest it queued and queues each subscriber once', async () => {
    const a = await person('Ales');
    await change(a, 'detained', '2026-12-05T10:00:00Z');
    for (let i = 0; i < 9; i++) {
      const id = await subscriber(850 + i, {
        language: (['be', 'ru', 'en'] as const)[i % 3],
        digestScope: i % 3 === 0 ? 'followed' : 'all',
      });
      if (i % 3 === 0) await database.db.insert(follows).values({ subscriberId: id, prisonerId: a });
    }
    // chunkSize 2 and concurrency 2: five transactions, two at a time.
    expect(await runDueDigests(deps(), at(DUE))).toMatchObject({ claimed: 9, queued: 9, empty: 0 });
    expect((await digests()).map((d) => d.chatId)).toEqual(Array.from({ length: 9 }, (_, i) => 850 + i));
  });

  it('a failure in the middle of a run loses nothing: committed chunks stay, the next tick queues the rest once', async () => {
    const a = await person('Ales');
    await change(a, 'detained', '2026-12-05T10:00:00Z');
    for (let i = 0; i < 8; i++) await subscriber(870 + i, { language: i === 5 ? 'en' : 'be' });
    const good = deps();
    const broken: DigestRunnerDeps = {
      ...good,
      translate: (language, key, vars) => {
        if (language === 'en') throw new Error('renderer crashed');
        return good.translate(language, key, vars);
      },
    };
    await expect(runDueDigests(broken, at(DUE))).rejects.toThrow('renderer crashed');
    const partial = (await digests()).length;
    expect(partial).toBeGreaterThanOrEqual(2);
    expect(partial).toBeLessThan(8);
    expect(await runDueDigests(good, at(DUE))).toMatchObject({ claimed: 8 - partial, queued: 8 - partial });
    expect((await digests()).map((d) => d.chatId)).toEqual(Array.from({ length: 8 }, (_, i) => 870 + i));
    expect(await database.db.select().from(digestRuns)).toHaveLength(8);
  });

  it.runIf(backendName() === 'pglite')('two runs at once in one process still claim each digest once', async () => {
    for (let i = 0; i < 20; i++) await subscriber(800 + i, { digestSendEmpty: true });
    const reports = await Promise.all([
      runDueDigests(deps(), at(DUE)),
      runDueDigests({ ...deps(), worker: 'other' }, at(DUE)),
    ]);
    expect(reports[0].claimed + reports[1].claimed).toBe(20);
    expect(await digests()).toHaveLength(20);
  });

  it.runIf(backendName() === 'postgres')(
    'two processes racing over 200 subscribers claim each digest exactly once',
    async () => {
      const a = await person('Ales');
      await change(a, 'detained', '2026-12-05T10:00:00Z');
      for (let i = 0; i < 200; i++)
        await subscriber(900 + i, {
          language: (['be', 'ru', 'en'] as const)[i % 3],
          digestScope: i % 5 === 0 ? 'followed' : 'all',
        });
      const run = (worker: string) =>
        VestkaProcess.start({}, 'test/support/run-digests.ts', [database.url!, DUE, worker]);
      const [p, q] = [run('a'), run('b')];
      expect([await p.exited, await q.exited], p.stderr.join('') + q.stderr.join('')).toEqual([0, 0]);
      const reports = [...p.stdout, ...q.stdout].map((line) => JSON.parse(line) as { claimed: number; queued: number });
      expect(reports.reduce((sum, r) => sum + r.claimed, 0)).toBe(200);
      expect(reports.reduce((sum, r) => sum + r.queued, 0)).toBe(160);
      expect(await database.db.select().from(digestRuns)).toHaveLength(200);
      // The 40 "followed" subscribers follow nobody: nothing to tell them.
      expect(await digests()).toHaveLength(160);
    },
  );
});
