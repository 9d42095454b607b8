import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follows, subscribers } from '../../src/db/schema/index.ts';
import { DEFAULT_FLOOD_LIMIT } from '../../src/bot/middleware/flood-limit.ts';
import { BotHarness, buttons } from '../support/bot-harness.ts';
import { shown, toast } from '../support/html-check.ts';
import { seedRegister } from '../support/register.ts';

let harness: BotHarness;
beforeAll(async () => {
  harness = await BotHarness.create();
  await seedRegister(harness.database.db);
});
afterAll(async () => harness.close());

const LANGUAGES = {
  be: {
    empty: 'Дашліце імя чалавека паведамленнем',
    long: 'не больш за 120 знакаў',
    emoji: 'Па эмодзі',
    arabic: 'падобна на арабскае пісьмо',
    chinese: 'падобна на кітайскія іерогліфы',
    notName: 'Гэта не падобна на імя',
    words: 'толькі імя і прозвішча',
    forwarded: 'перасланыя паведамленні',
    notText: 'Я разумею толькі тэкст',
    command: 'Я не ведаю такой каманды',
    flood: 'Пачакайце некалькі секунд',
  },
  ru: {
    empty: 'Отправьте имя человека сообщением',
    long: 'не больше 120 символов',
    emoji: 'По эмодзи',
    arabic: 'похоже на арабское письмо',
    chinese: 'похоже на китайские иероглифы',
    notName: 'Это не похоже на имя',
    words: 'только имя и фамилию',
    forwarded: 'пересланные сообщения',
    notText: 'Я понимаю только текст',
    command: 'Я не знаю такой команды',
    flood: 'Подождите несколько секунд',
  },
  en: {
    empty: "Send a person's name as a message",
    long: 'at most 120 characters',
    emoji: 'by emoji',
    arabic: 'looks like Arabic script',
    chinese: 'looks like Chinese characters',
    notName: 'does not look like a name',
    words: 'just the first name and surname',
    forwarded: 'forwarded messages',
    notText: 'I can only read text',
    command: 'I do not know this command',
    flood: 'wait a few seconds',
  },
};
let nextUser = 6000;

describe.each(Object.entries(LANGUAGES))('bad input, in %s', (lang, l) => {
  const TEXTS: [string, string, string][] = [
    ['only invisible marks', '\u200B\u200F\u202E\u2066 \u200D', l.empty],
    ['5,000 characters', 'Алесь Бяляцкі '.repeat(358).slice(0, 5000), l.long],
    ['only emoji', '😭🙏🏻❤️', l.emoji],
    ['Arabic script', 'علي حسن محمد', l.arabic],
    ['Chinese script', '王小明', l.chinese],
    ['SQL-looking text', "'; DROP TABLE follows; --", l.notName],
    ['a sentence', 'please tell me where my brother is held now and why', l.words],
    ['an unknown command', '/nonsense', l.command],
  ];

  it.each(TEXTS)('%s gets a short helpful reply, and nothing is stored', async (_what, text, expected) => {
    const u = { id: nextUser++, language_code: lang };
    const calls = await harness.send(u, text);
    const replies = shown(calls);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain(expected);
    expect(replies[0]!.length).toBeLessThan(300);
    expect(buttons(calls)).toEqual([]);
    expect(await harness.database.db.select().from(subscribers)).toEqual([]);
    expect(await harness.database.db.select().from(follows)).toEqual([]);
  });

  it('a name wrapped in zero-width and right-to-left marks is still found', async () => {
    const calls = await harness.send(
      { id: nextUser++, language_code: lang },
      '\u202B\u200BAles\u200D Bialiatski\u200F\u202C',
    );
    expect(buttons(calls)[0]!.data).toMatch(/^fl:\d+$/);
  });

  it.each([
    [
      'a forwarded message, even one holding a name',
      { text: 'Ales Bialiatski', forward_origin: { type: 'hidden_user', date: 0, sender_user_name: 'X' } },
      l.forwarded,
    ],
    [
      'a photo',
      { photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }], caption: 'Ales Bialiatski' },
      l.notText,
    ],
    [
      'a sticker',
      {
        sticker: {
          file_id: 's',
          file_unique_id: 's',
          type: 'regular',
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
      l.notText,
    ],
    ['a voice message', { voice: { file_id: 'v', file_unique_id: 'v', duration: 3 } }, l.notText],
  ])('%s gets a short helpful reply, and nothing is stored', async (_what, message, expected) => {
    const calls = await harness.sendMessage({ id: nextUser++, language_code: lang }, message);
    expect(shown(calls)).toEqual([expect.stringContaining(expected)]);
    expect(await harness.database.db.select().from(subscribers)).toEqual([]);
  });

  it('a user flooding the bot is told politely once per window; their taps are answered, not left spinning', async () => {
    const flooded = await BotHarness.create({
      database: harness.database,
      floodLimit: { ...DEFAULT_FLOOD_LIMIT, windowMs: 60_000 },
    });
    const u = { id: nextUser++, language_code: lang };
    const replies: string[] = [];
    for (let i = 0; i < 8; i++) replies.push(...shown(await flooded.send(u, 'Ales Bialiatski')));
    expect(replies).toHaveLength(DEFAULT_FLOOD_LIMIT.updates + 1);
    expect(replies.filter((r) => r.includes(l.flood))).toHaveLength(1);
    const taps: (string | undefined)[] = [];
    for (let i = 0; i < DEFAULT_FLOOD_LIMIT.updates * 2 + 1; i++) taps.push(toast(await flooded.press(u, 'lp')));
    expect(taps.filter((t) => t?.includes(l.flood))).toHaveLength(1);
    expect(taps.at(-1)).toContain(l.flood);
    // another user is not affected
    expect(shown(await flooded.send({ id: nextUser++, language_code: lang }, 'Ales Bialiatski'))).toHaveLength(1);
  });
});
