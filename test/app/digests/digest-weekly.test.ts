import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runDueDigests, type DigestRunnerDeps } from '../../../src/app/digests/digest-runner.ts';
import { changeDigestSetting } from '../../../src/app/digests/digest-settings.ts';
import { createI18n, translatorFrom } from '../../../src/bot/i18n.ts';
import { rowsOf } from '../../../src/db/rows.ts';
import { digestRuns, outbox, prisoners, statusHistory, subscribers } from '../../../src/db/schema/index.ts';
import type { PrisonerStatus } from '../../../src/domain/status.ts';
import { parseTelegramHtml } from '../../support/telegram-html.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const deps = (worker = 'test'): DigestRunnerDeps => ({
  db: database.db,
  translate: translatorFrom(createI18n('be')),
  botUsername: 'vestka_test_bot',
  worker,
  chunkSize: 2,
  concurrency: 2,
});
// Monday 7 December 2026, 09:00 in Minsk (UTC+3): the week of 30 November (Monday) to 6 December just ended.
const MONDAY_9 = '2026-12-07T06:00:00Z';

async function newlyListed(name: string, recorded: string, status: PrisonerStatus = 'imprisoned'): Promise<number> {
  const [row] = await database.db
    .insert(prisoners)
    .values({ nameBe: name, nameRu: name, nameEn: name, status })
    .returning({ id: prisoners.id });
  await database.db.insert(statusHistory).values({
    prisonerId: row!.id,
    kind: 'newly_listed',
    toStatus: status,
    observedAt: at(recorded),
    createdAt: at(recorded),
    changedBy: 'sync:test',
  });
  return row!.id;
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

async function digests(): Promise<{ chatId: number; dedupKey: string; text: string }[]> {
  const result = await database.db.execute(sql`
    select o.chat_id, o.dedup_key, coalesce(b.text, o.text) as text
    from outbox o left join outbox_bodies b on b.id = o.body_id where o.kind = 'digest' order by o.chat_id, o.id`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    chatId: Number(r.chat_id),
    dedupKey: String(r.dedup_key),
    text: String(r.text),
  }));
}

const visible = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`${parsed.error}: ${html}`);
  return parsed.text;
};

async function runs(subscriberId: number) {
  return (await database.db.select().from(digestRuns).where(eq(digestRuns.subscriberId, subscriberId))).map((r) => ({
    edition: r.edition,
    localDate: r.localDate,
    hours: (r.periodTo.getTime() - r.periodFrom.getTime()) / HOUR,
  }));
}

describe(`weekly digests (${backendName()})`, () => {
  it('covers Monday to Sunday with the counts first, once per week with two runners at once, and not again when the weekday moves mid-week', async () => {
    // Minsk local times: Sunday 29 November 23:00 (the week before), Monday 00:30 and Sunday 6 December
    // 23:30 (the week), Monday 7 December 00:30 (the week after).
    await newlyListed('Before', '2026-11-29T20:00:00Z');
    await newlyListed('First', '2026-11-29T21:30:00Z');
    await newlyListed('Last', '2026-12-06T20:30:00Z', 'detained');
    await newlyListed('After', '2026-12-06T21:30:00Z');
    // Weekly since Tuesday 1 December: the edition of 30 November (for the week before) is not due.
    const weekly = await subscriber(901, {
      digestFrequency: 'weekly',
      digestWeekday: 1,
      digestHour: 9,
      digestEnabledAt: at('2026-12-01T00:00:00Z'),
    });
    const daily = await subscriber(902, { digestHour: 9, digestSendEmpty: true });

    expect(await runDueDigests(deps(), at('2026-12-07T05:59:00Z'))).toMatchObject({ claimed: 1 }); // the daily one
    const reports = await Promise.all([runDueDigests(deps('a'), at(MONDAY_9)), runDueDigests(deps('b'), at(MONDAY_9))]);
    expect(reports[0].claimed + reports[1].claimed).toBe(2);
    expect(await runDueDigests(deps(), at('2026-12-07T06:01:00Z'))).toMatchObject({ claimed: 0 });

    const [edition] = (await digests()).filter((d) => d.chatId === 901);
    expect(edition!.dedupKey).toBe(`digest:${weekly}:week:2026-11-30`);
    const lines = visible(edition!.text).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Штотыднёвы дайджэст Весткі, тыдзень 30.11.2026 – 06.12.2026',
      'Цяпер у зняволенні: 4 палітвязні.',
      'Змены: 2 новыя імёны ў спісе.',
    ]);
    const text = lines.join('\n');
    expect(text).toContain('First');
    expect(text).toContain('Last');
    expect(text).not.toContain('Before');
    expect(text).not.toContain('After');

    // Tuesday the subscriber moves the edition to Wednesday: that week was sent, so Wednesday sends nothing.
    await changeDigestSetting(
      database.db,
      { chatId: 901, language: 'be' },
      'Europe/Minsk',
      { setting: 'edition', edition: 'weekly', weekday: 3 },
      at('2026-12-08T10:00:00Z'),
    );
    await runDueDigests(deps(), at('2026-12-09T06:00:00Z'));
    await runDueDigests(deps(), at('2026-12-10T06:00:00Z'));
    expect((await digests()).filter((d) => d.chatId === 901)).toHaveLength(1);
    // The next Wednesday sends the week of 7 December, once.
    await runDueDigests(deps(), at('2026-12-16T06:00:00Z'));
    await runDueDigests(deps(), at('2026-12-16T07:00:00Z'));
    expect(await runs(weekly)).toEqual([
      { edition: 'weekly', localDate: '2026-11-30', hours: 168 },
      { edition: 'weekly', localDate: '2026-12-07', hours: 168 },
    ]);

    // The daily subscriber kept a daily digest at each run: yesterday's when the run came before the hour.
    expect((await digests()).filter((d) => d.chatId === 902).map((d) => d.dedupKey)).toEqual([
      `digest:${daily}:2026-12-06`,
      `digest:${daily}:2026-12-07`,
      `digest:${daily}:2026-12-09`,
      `digest:${daily}:2026-12-10`,
      `digest:${daily}:2026-12-16`,
    ]);
    expect((await runs(daily)).every((r) => r.edition === 'daily')).toBe(true);
  });

  it('claims each week once across the autumn clock change, the week of the change being 169 hours (Vilnius)', async () => {
    const id = await subscriber(911, {
      timezone: 'Europe/Vilnius',
      digestFrequency: 'weekly',
      digestWeekday: 1,
      digestHour: 9,
      digestSendEmpty: true,
      digestEnabledAt: at('2026-10-20T00:00:00Z'),
    });
    // Every hour from Saturday 24 October to Tuesday 3 November: clocks go back on Sunday 25 October.
    let queued = 0;
    for (let t = Date.parse('2026-10-24T00:00:00Z'); t <= Date.parse('2026-11-03T00:00:00Z'); t += HOUR)
      queued += (await runDueDigests(deps(), new Date(t))).queued;
    expect(queued).toBe(2);
    expect(await runs(id)).toEqual([
      { edition: 'weekly', localDate: '2026-10-19', hours: 169 },
      { edition: 'weekly', localDate: '2026-10-26', hours: 168 },
    ]);
    const titles = (await digests()).map((d) => visible(d.text).split('\n')[0]);
    expect(titles).toEqual([
      'Штотыднёвы дайджэст Весткі, тыдзень 19.10.2026 – 25.10.2026',
      'Штотыднёвы дайджэст Весткі, тыдзень 26.10.2026 – 01.11.2026',
    ]);
  });

  it('measures the held count against the previous weekly edition received, and sends a slot missed while down once when back', async () => {
    await newlyListed('Held', '2026-11-24T10:00:00Z');
    await newlyListed('Also held', '2026-11-25T10:00:00Z');
    const id = await subscriber(921, { digestFrequency: 'weekly', digestWeekday: 5, digestHour: 20 });
    // The last weekly edition it received said 5 held; a daily digest before the switch said 1.
    await database.db.insert(digestRuns).values([
      {
        subscriberId: id,
        edition: 'weekly',
        localDate: '2026-11-16',
        periodFrom: at('2026-11-15T21:00:00Z'),
        periodTo: at('2026-11-22T21:00:00Z'),
        heldCount: 5,
        entries: 1,
        outcome: 'queued',
        claimedBy: 'old',
      },
      {
        subscriberId: id,
        edition: 'daily',
        localDate: '2026-11-25',
        periodFrom: at('2026-11-24T17:00:00Z'),
        periodTo: at('2026-11-25T17:00:00Z'),
        heldCount: 1,
        entries: 1,
        outcome: 'queued',
        claimedBy: 'old',
      },
    ]);
    for (const dedupKey of [`digest:${id}:week:2026-11-16`, `digest:${id}:2026-11-25`])
      await database.db
        .insert(outbox)
        .values({ chatId: 921, subscriberId: id, kind: 'digest', priority: 5, dedupKey, text: 'old', status: 'sent' });

    // Down from Thursday 3 December to Monday 7 December: Friday's edition (the week of 23 November) is sent on return, once.
    expect(await runDueDigests(deps(), at('2026-12-07T10:00:00Z'))).toMatchObject({ claimed: 1, queued: 1 });
    expect(await runDueDigests(deps(), at('2026-12-07T10:01:00Z'))).toMatchObject({ claimed: 0 });
    const [missed] = (await digests()).filter((d) => d.dedupKey === `digest:${id}:week:2026-11-23`);
    const lines = visible(missed!.text).split('\n');
    expect(lines[0]).toBe('Штотыднёвы дайджэст Весткі, тыдзень 23.11.2026 – 29.11.2026');
    expect(lines[1]).toBe('Цяпер у зняволенні: 2 палітвязні, на 3 менш, чым у мінулым дайджэсце.');
    expect(lines[2]).toBe('Змены: 2 новыя імёны ў спісе.');
    // The next Friday brings the week of 30 November.
    expect(await runDueDigests(deps(), at('2026-12-11T17:00:00Z'))).toMatchObject({ claimed: 1 });
    expect((await runs(id)).filter((r) => r.edition === 'weekly').map((r) => r.localDate)).toEqual([
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it('back on daily, the first daily digest starts where the last weekly edition received ended, not at an older daily one', async () => {
    await newlyListed('Told weekly', '2026-11-28T10:00:00Z');
    await newlyListed('New', '2026-12-01T10:00:00Z');
    const id = await subscriber(931);
    await database.db.insert(digestRuns).values([
      {
        subscriberId: id,
        edition: 'daily',
        localDate: '2026-11-01',
        periodFrom: at('2026-10-31T17:00:00Z'),
        periodTo: at('2026-11-01T17:00:00Z'),
        heldCount: 1,
        entries: 1,
        outcome: 'queued',
        claimedBy: 'old',
      },
      {
        subscriberId: id,
        edition: 'weekly',
        localDate: '2026-11-23',
        periodFrom: at('2026-11-22T21:00:00Z'),
        periodTo: at('2026-11-29T21:00:00Z'),
        heldCount: 5,
        entries: 1,
        outcome: 'queued',
        claimedBy: 'old',
      },
    ]);
    for (const dedupKey of [`digest:${id}:2026-11-01`, `digest:${id}:week:2026-11-23`])
      await database.db
        .insert(outbox)
        .values({ chatId: 931, subscriberId: id, kind: 'digest', priority: 5, dedupKey, text: 'old', status: 'sent' });

    expect(await runDueDigests(deps(), at('2026-12-02T17:00:00Z'))).toMatchObject({ claimed: 1, queued: 1 });
    const lines = visible((await digests()).find((d) => d.dedupKey === `digest:${id}:2026-12-02`)!.text).split('\n');
    expect(lines[0]).toBe('Дайджэст Весткі, 30.11.2026 00:00 – 02.12.2026 20:00');
    expect(lines[1]).toBe('Цяпер у зняволенні: 2 палітвязні, на 3 менш, чым у мінулым дайджэсце.');
    expect(lines.join('\n')).not.toContain('Told weekly');
  });
});
