import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuditLog, channelFollows, follows, prisoners, subscribers } from '../../src/db/schema/index.ts';
import { BotHarness, buttons } from '../support/bot-harness.ts';
import { shown, toast } from '../support/html-check.ts';

const ADMIN = 9100;
let harness: BotHarness;
beforeAll(async () => {
  harness = await BotHarness.create({ adminIds: [ADMIN], clock: { now: () => new Date('2026-12-05T10:00:00Z') } });
});
afterAll(async () => harness.close());

let nextUser = 6000;
const stored = async (id: number) =>
  (await harness.database.db.select().from(subscribers).where(eq(subscribers.chatId, id)))[0];

describe.each([
  {
    lang: 'be',
    off: 'Выключаны.',
    on: 'Уключаны: кожны дзень а 20:00 (Europe/Minsk).',
    at9: 'а 09:00 (Europe/Vilnius)',
    followed: 'Ахоп: толькі людзі, за якімі вы сочыце.',
    empty: 'кароткае паведамленне «зменаў няма»',
    weekly: 'перад першым дайджэстам кожнага тыдня',
    zone: 'Вільня',
    bad: 'Такога часавага пояса я не ведаю.',
  },
  {
    lang: 'ru',
    off: 'Выключен.',
    on: 'Включён: каждый день в 20:00 (Europe/Minsk).',
    at9: 'в 09:00 (Europe/Vilnius)',
    followed: 'Охват: только люди, за которыми вы следите.',
    empty: 'короткое сообщение «изменений нет»',
    weekly: 'перед первым дайджестом каждой недели',
    zone: 'Вильнюс',
    bad: 'Такого часового пояса я не знаю.',
  },
  {
    lang: 'en',
    off: 'Off.',
    on: 'On: every day at 20:00 (Europe/Minsk).',
    at9: 'at 09:00 (Europe/Vilnius)',
    followed: 'Covers: only the people you follow.',
    empty: 'a one-line "no changes" message',
    weekly: 'before the first digest of each week',
    zone: 'Vilnius',
    bad: 'This is not a time zone name I know.',
  },
])('/digest, in $lang', (l) => {
  it('shows the defaults, stores nothing by looking, and each button saves one setting', async () => {
    const u = { id: nextUser++, language_code: l.lang };
    const first = await harness.send(u, '/digest');
    expect(shown(first)[0]).toContain(l.off);
    expect(buttons(first).map((b) => b.data)).toEqual([
      'dg:on:1',
      'dg:h:7',
      'dg:h:9',
      'dg:h:12',
      'dg:h:18',
      'dg:h:20',
      'dg:h:22',
      'dg:z:0',
      'dg:z:1',
      'dg:z:2',
      'dg:z:3',
      'dg:z:4',
      'dg:z:5',
      'dg:z:6',
      'dg:s:all',
      'dg:s:followed',
      'dg:e:1',
      'dg:c:off',
      'dg:c:daily',
      'dg:c:weekly',
      'dg:b:1',
    ]);
    expect(buttons(first).find((b) => b.data === 'dg:z:1')!.text).toBe(l.zone);
    expect(await stored(u.id)).toBeUndefined();

    const on = await harness.press(u, 'dg:on:1');
    expect(toast(on)).toBeTruthy();
    expect(shown(on)[0]).toContain(l.on);
    expect(await stored(u.id)).toMatchObject({
      digestEnabled: true,
      digestEnabledAt: new Date('2026-12-05T10:00:00Z'),
      language: l.lang,
    });
    await harness.press(u, 'dg:h:9');
    expect(shown(await harness.press(u, 'dg:z:1'))[0]).toContain(l.at9);
    expect(shown(await harness.press(u, 'dg:s:followed'))[0]).toContain(l.followed);
    expect(shown(await harness.press(u, 'dg:e:1'))[0]).toContain(l.empty);
    expect(shown(await harness.press(u, 'dg:c:weekly'))[0]).toContain(l.weekly);
    expect(await stored(u.id)).toMatchObject({
      digestHour: 9,
      timezone: 'Europe/Vilnius',
      digestScope: 'followed',
      digestSendEmpty: true,
      digestChart: 'weekly',
    });
    // A forged chart choice changes nothing.
    expect((await harness.press(u, 'dg:c:hourly')).map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect(await stored(u.id)).toMatchObject({ digestChart: 'weekly' });
    await harness.press(u, 'dg:b:1');
    expect(await stored(u.id)).toMatchObject({ digestBirthdays: true });
    const off = await harness.press(u, 'dg:on:0');
    expect(shown(off)[0]).toContain(l.off);
    expect(await stored(u.id)).toMatchObject({ digestEnabled: false });
  });

  it('takes any hour and any IANA zone typed in, and refuses what is not one', async () => {
    const u = { id: nextUser++, language_code: l.lang };
    await harness.send(u, '/digest_tz america/toronto');
    expect(await stored(u.id)).toMatchObject({ timezone: 'America/Toronto' });
    expect(shown(await harness.send(u, '/digest_tz Mars/Olympus_Mons'))[0]).toContain(l.bad);
    expect(shown(await harness.send(u, '/digest_tz'))[0]).toContain('/digest_tz Europe/Vilnius');
    await harness.send(u, '/digest_hour 21');
    expect(await stored(u.id)).toMatchObject({ digestHour: 21, timezone: 'America/Toronto' });
    for (const bad of ['24', '-1', 'evening', '9999999999', '']) {
      expect(shown(await harness.send(u, `/digest_hour ${bad}`))[0], bad).toContain('/digest_hour 21');
    }
    expect(await stored(u.id)).toMatchObject({ digestHour: 21 });
    // A forged button changes nothing.
    expect((await harness.press(u, 'dg:h:99')).map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect((await harness.press(u, 'dg:z:9')).map((c) => c.method)).toEqual(['answerCallbackQuery']);
  });
});

describe('/digest_weekly', () => {
  it('switches to the weekly edition on a day typed in English, Belarusian, Russian or as 1-7, back to daily with off, and refuses the rest', async () => {
    const u = { id: nextUser++, language_code: 'en' };
    await harness.send(u, '/digest');
    await harness.press(u, 'dg:on:1');
    const monday = shown(await harness.send(u, '/digest_weekly mon'))[0]!;
    expect(monday).toContain(
      'On, weekly: every Monday at 20:00 (Europe/Minsk), covering the last week from Monday to Sunday.',
    );
    expect(monday).toContain('/digest_weekly off');
    expect(await stored(u.id)).toMatchObject({
      digestFrequency: 'weekly',
      digestWeekday: 1,
      digestEnabled: true,
      digestEnabledAt: new Date('2026-12-05T10:00:00Z'),
    });
    for (const [typed, weekday] of [
      ['Friday', 5],
      ['7', 7],
      ['чц', 4],
      ['серада', 3],
      ['воскресенье', 7],
      ['SAT', 6],
    ] as const) {
      await harness.send(u, `/digest_weekly ${typed}`);
      expect(await stored(u.id), typed).toMatchObject({ digestFrequency: 'weekly', digestWeekday: weekday });
    }
    for (const bad of ['', '8', '0', 'someday', 'mon tue', 'x'.repeat(300)]) {
      expect(shown(await harness.send(u, `/digest_weekly ${bad}`))[0], bad).toContain('/digest_weekly mon');
    }
    expect(await stored(u.id)).toMatchObject({ digestFrequency: 'weekly', digestWeekday: 6 });
    const daily = shown(await harness.send(u, '/digest_weekly off'))[0]!;
    expect(daily).toContain('On: every day at 20:00 (Europe/Minsk).');
    expect(daily).toContain('/digest_weekly mon');
    expect(await stored(u.id)).toMatchObject({ digestFrequency: 'daily', digestWeekday: 6 });
  });

  it('speaks the day in Belarusian and Russian', async () => {
    const be = { id: nextUser++, language_code: 'be' };
    await harness.send(be, '/digest');
    await harness.press(be, 'dg:on:1');
    expect(shown(await harness.send(be, '/digest_weekly пт'))[0]).toContain(
      'Уключаны, раз на тыдзень: у пятніцу а 20:00 (Europe/Minsk)',
    );
    const ru = { id: nextUser++, language_code: 'ru' };
    expect(shown(await harness.send(ru, '/digest_weekly 3'))[0]).toContain('Выключен.');
    await harness.press(ru, 'dg:on:1');
    expect(shown(await harness.send(ru, '/digest_weekly вт'))[0]).toContain(
      'Включён, раз в неделю: во вторник в 20:00 (Europe/Minsk)',
    );
  });
});

describe('/digest_tz keeps the zone the subscriber typed', () => {
  it('shows Asia/Kolkata as typed, with the name Intl gives it underneath; the Kyiv button stays Kyiv', async () => {
    const u = { id: nextUser++, language_code: 'en' };
    await harness.press(u, 'dg:on:1');
    const reply = shown(await harness.send(u, '/digest_tz asia/kolkata'))[0]!;
    expect(reply).toContain('On: every day at 20:00 (Asia/Kolkata).\nAsia/Kolkata is the same zone as Asia/Calcutta.');
    expect(await stored(u.id)).toMatchObject({ timezone: 'Asia/Kolkata' });
    const kyiv = await harness.press(u, 'dg:z:3');
    expect(await stored(u.id)).toMatchObject({ timezone: 'Europe/Kyiv' });
    expect(buttons(kyiv).find((b) => b.data === 'dg:z:3')!.text).toBe('✓ Kyiv');
    expect(
      shown(await harness.send({ id: nextUser++, language_code: 'ru' }, '/digest_tz Europe/Vilnius'))[0],
    ).not.toContain('тот же часовой пояс');
  });
});

describe('linked channels', () => {
  const admin = { id: ADMIN, language_code: 'en' };

  it('are invisible to non-admins: the unknown-command answer and nothing stored', async () => {
    harness.addChat({ id: -1001, username: 'news', title: 'News' });
    const u = { id: nextUser++, language_code: 'en' };
    for (const command of ['/channel_add @news', '/channels', '/channel_remove @news', '/channel_set @news hour=9']) {
      expect(shown(await harness.send(u, command))[0], command).toContain('I do not know this command');
    }
    expect(await stored(-1001)).toBeUndefined();
  });

  it('an admin links a channel where the bot may post, with its own settings, lists, changes and removes it', async () => {
    harness.addChat({ id: -1002, username: 'vestka_news', title: 'Vestka <news>' });
    const added = shown(await harness.send(admin, '/channel_add @vestka_news be'));
    expect(added[0]).toContain(
      'Linked Vestka <news>. Digest every day at 20:00 (Europe/Minsk), in Belarusian, covering every change.',
    );
    expect(await stored(-1002)).toMatchObject({
      chatType: 'channel',
      language: 'be',
      digestEnabled: true,
      announcements: true,
      linkedBy: ADMIN,
    });
    expect(shown(await harness.send(admin, '/channel_add @vestka_news'))[0]).toContain('was already linked');

    const set = shown(
      await harness.send(
        admin,
        '/channel_set @vestka_news hour=8 tz=Europe/Warsaw lang=ru scope=followed announce=off empty=on',
      ),
    );
    expect(set[0]).toContain('Saved.');
    expect(set[0]).toContain(
      '08:00 (Europe/Warsaw), Russian, only the people on its own list (/channel_follow); batch-release announcements off.',
    );
    expect(await stored(-1002)).toMatchObject({
      digestHour: 8,
      timezone: 'Europe/Warsaw',
      language: 'ru',
      digestScope: 'followed',
      announcements: false,
      digestSendEmpty: true,
    });
    const weekly = shown(await harness.send(admin, '/channel_set @vestka_news edition=weekly day=thu'))[0]!;
    expect(weekly).toContain('weekly, Thursday at 08:00 (Europe/Warsaw)');
    expect(await stored(-1002)).toMatchObject({ digestFrequency: 'weekly', digestWeekday: 4 });
    for (const bad of ['edition=monthly', 'day=someday', 'day=8'])
      expect(shown(await harness.send(admin, `/channel_set @vestka_news ${bad}`))[0], bad).toContain(
        `Not understood: ${bad}.`,
      );
    await harness.send(admin, '/channel_set @vestka_news edition=daily');
    expect(await stored(-1002)).toMatchObject({ digestFrequency: 'daily', digestWeekday: 4 });
    expect(shown(await harness.send(admin, '/channel_set @vestka_news hour=25'))[0]).toContain(
      'Not understood: hour=25.',
    );
    expect(shown(await harness.send(admin, '/channel_set -1002 colour=red'))[0]).toContain(
      'Not understood: colour=red.',
    );

    const list = shown(await harness.send(admin, '/channels'))[0]!;
    expect(list).toContain('Linked channels');
    expect(list).toContain('Vestka <news> (-1002): digest on, 08:00');

    expect(shown(await harness.send(admin, '/channel_remove -1002'))[0]).toContain(
      'Vestka <news> is no longer linked.',
    );
    expect(await stored(-1002)).toBeUndefined();
    expect(shown(await harness.send(admin, '/channel_remove -1002'))[0]).toContain('No linked channel by that name.');
    const audit = await harness.database.db.select().from(adminAuditLog);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['channel_add', 'channel_set', 'channel_remove']),
    );
  });

  it("names the language in the admin's own language", async () => {
    harness.addChat({ id: -1007, username: 'lang_news', title: 'Lang news' });
    expect(shown(await harness.send({ id: ADMIN, language_code: 'ru' }, '/channel_add @lang_news en'))[0]).toContain(
      'язык: английский',
    );
    expect(shown(await harness.send({ id: ADMIN, language_code: 'ru' }, '/channel_remove @lang_news'))[0]).toContain(
      'отвязан',
    );
  });

  it("a channel has its own list, never an admin's: /channel_follow adds, a namesake is chosen by button, /channels numbers it, /channel_unfollow removes", async () => {
    harness.addChat({ id: -1006, username: 'region_news', title: 'Region news' });
    await harness.send(admin, '/channel_add @region_news en');
    const people = await harness.database.db
      .insert(prisoners)
      .values([
        { nameEn: 'Ales Bialiatski', nameBe: 'Алесь Бяляцкі', birthYear: 1962, status: 'imprisoned' },
        { nameEn: 'Ivan Ivanou', nameBe: 'Іван Іваноў', birthYear: 1985, region: 'Homiel', status: 'imprisoned' },
        { nameEn: 'Ivan Ivanou', nameBe: 'Іван Іваноў', birthYear: 1990, region: 'Minsk', status: 'imprisoned' },
      ])
      .returning({ id: prisoners.id });
    const [ales, , ivan90] = people.map((p) => p.id);

    const added = shown(await harness.send(admin, '/channel_follow @region_news Ales Bialiatski'))[0]!;
    expect(added).toContain('Ales Bialiatski is now on the list of Region news.');
    expect(added).toContain('To cover only its list: /channel_set -1006 scope=followed');
    expect(shown(await harness.send(admin, '/channel_follow -1006 Ales Bialiatski'))[0]).toContain(
      'Ales Bialiatski was already on the list of Region news.',
    );

    const ambiguous = await harness.send(admin, '/channel_follow @region_news Ivan Ivanou');
    expect(shown(ambiguous)[0]).toContain('Choose the one to add to the list of Region news');
    const choice = buttons(ambiguous).find((b) => b.text.includes('1990'))!;
    expect(choice.data).toMatch(/^cf:\d+:\d+$/);
    // Only an admin's tap counts.
    await harness.press({ id: nextUser++, language_code: 'en' }, choice.data!);
    expect(await harness.database.db.select().from(channelFollows)).toHaveLength(1);
    expect(shown(await harness.press(admin, choice.data!))[0]).toContain(
      'Ivan Ivanou, born 1990 is now on the list of Region news.',
    );
    expect(shown(await harness.press(admin, 'cf:999999:1'))[0]).toContain('No linked channel by that name.');

    expect(shown(await harness.send(admin, '/channel_follow @region_news Zzyzx Qwerty'))[0]).toContain(
      'No one with this name is on the register.',
    );
    expect(shown(await harness.send(admin, '/channel_follow @nochannel Ales Bialiatski'))[0]).toContain(
      'No linked channel by that name.',
    );
    expect(shown(await harness.send(admin, '/channel_follow @region_news'))[0]).toContain(
      'Usage: /channel_follow @channel <name>',
    );

    const list = shown(await harness.send(admin, '/channels'))[0]!;
    expect(list).toContain('Its list, for scope=followed:\n1. Ales Bialiatski\n2. Ivan Ivanou, born 1990');
    expect(
      await harness.database.db
        .select({ channel: channelFollows.channelId, prisoner: channelFollows.prisonerId })
        .from(channelFollows)
        .orderBy(channelFollows.createdAt),
    ).toEqual([
      { channel: expect.any(Number), prisoner: ales },
      { channel: expect.any(Number), prisoner: ivan90 },
    ]);
    // The admin's own follows are untouched and play no part.
    expect(await harness.database.db.select().from(follows)).toEqual([]);

    expect(shown(await harness.send(admin, '/channel_unfollow @region_news 2'))[0]).toContain(
      'Ivan Ivanou, born 1990 is no longer on the list of Region news.',
    );
    expect(shown(await harness.send(admin, '/channel_unfollow @region_news 5'))[0]).toContain(
      'No one with that name or number is on the list of Region news.',
    );
    expect(shown(await harness.send(admin, '/channel_unfollow @region_news Ales Bialiatski'))[0]).toContain(
      'Ales Bialiatski is no longer on the list of Region news.',
    );
    expect(shown(await harness.send(admin, '/channel_unfollow @region_news'))[0]).toContain('Usage: /channel_unfollow');
    expect(shown(await harness.send(admin, '/channels'))[0]).toContain(
      'Its list, for scope=followed, is empty. Add people with /channel_follow -1006 <name>.',
    );
    const audit = (await harness.database.db.select().from(adminAuditLog)).map((a) => a.action);
    expect(audit.filter((a) => a === 'channel_follow')).toHaveLength(2);
    expect(audit.filter((a) => a === 'channel_unfollow')).toHaveLength(2);

    for (const command of ['/channel_follow @region_news Ales Bialiatski', '/channel_unfollow @region_news 1']) {
      expect(shown(await harness.send({ id: nextUser++, language_code: 'en' }, command))[0], command).toContain(
        'I do not know this command',
      );
    }
    await harness.send(admin, '/channel_follow @region_news Ales Bialiatski');
    await harness.send(admin, '/channel_remove @region_news');
    expect(await harness.database.db.select().from(channelFollows)).toEqual([]);
  });

  it('/channels splits long lists into messages Telegram accepts, one person a line', async () => {
    harness.addChat({ id: -1008, username: 'big_news', title: 'Big news' });
    await harness.send(admin, '/channel_add @big_news en');
    const [channel] = await harness.database.db.select().from(subscribers).where(eq(subscribers.chatId, -1008));
    const people = await harness.database.db
      .insert(prisoners)
      .values(
        Array.from({ length: 200 }, (_, i) => ({
          nameEn: `Person with a rather long name number ${i}`,
          status: 'imprisoned' as const,
        })),
      )
      .returning({ id: prisoners.id });
    await harness.database.db
      .insert(channelFollows)
      .values(people.map((p) => ({ channelId: channel!.id, prisonerId: p.id })));
    // Telegram counts the text as shown, after the HTML is parsed.
    const parts = shown(await harness.send(admin, '/channels'));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts.join('\n')).toContain('200. Person with a rather long name number 199');
    expect(shown(await harness.send(admin, '/channel_follow @big_news Ales Bialiatski'))[0]).toContain(
      "already holds 200 people, the most a channel's list can",
    );
    await harness.send(admin, '/channel_remove @big_news');
  });

  it('explains what is wrong: an unknown channel, a group, a bot without the right to post', async () => {
    harness.addChat({ id: -1003, username: 'group', type: 'supergroup', title: 'A group' });
    harness.addChat({ id: -1004, username: 'readonly', title: 'Read only', canPost: false });
    harness.addChat({ id: -1005, username: 'member', title: 'Member', botStatus: 'member' });
    expect(shown(await harness.send(admin, '/channel_add @nobody'))[0]).toContain(
      'Telegram knows no channel by that name',
    );
    expect(shown(await harness.send(admin, '/channel_add @group'))[0]).toContain('That chat is not a channel.');
    expect(shown(await harness.send(admin, '/channel_add @readonly'))[0]).toContain(
      'The bot is not an administrator of Read only with the right to post',
    );
    expect(shown(await harness.send(admin, '/channel_add @member'))[0]).toContain('not an administrator of Member');
    expect(shown(await harness.send(admin, '/channel_add'))[0]).toContain('Usage: /channel_add @channel');
    expect(shown(await harness.send(admin, '/channel_add @vestka_news de'))[0]).toContain(
      'Usage: /channel_add @channel',
    );
    expect(await harness.database.db.select().from(subscribers).where(eq(subscribers.chatType, 'channel'))).toEqual([]);
  });
});
