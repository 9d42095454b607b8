import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribers } from '../../src/db/schema/index.ts';
import { BotHarness, type ApiCallRecord } from '../support/bot-harness.ts';
import { seedRegister } from '../support/register.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';

let harness: BotHarness;
let people: Awaited<ReturnType<typeof seedRegister>>;
beforeAll(async () => {
  harness = await BotHarness.create();
  people = await seedRegister(harness.database.db);
});
afterAll(async () => harness.close());

let nextQuery = 1;
function ask(user: { id: number; language_code?: string }, query: string, chatType = 'supergroup') {
  return harness.handle({
    inline_query: {
      id: `q${nextQuery++}`,
      from: { id: user.id, is_bot: false, first_name: 'A', language_code: user.language_code },
      query,
      offset: '',
      chat_type: chatType,
    },
  } as never);
}

interface Article {
  type: string;
  id: string;
  title: string;
  description: string;
  input_message_content: { message_text: string; parse_mode: string };
  reply_markup: { inline_keyboard: { text: string; url: string }[][] };
}
function answer(calls: ApiCallRecord[]) {
  const call = calls.find((c) => c.method === 'answerInlineQuery')!;
  return { results: call.payload.results as Article[], options: call.payload };
}

describe.each([
  { lang: 'be', name: 'Алесь Бяляцкі', status: 'пазбаўленне волі', button: 'Сачыць у Вестцы', hint: 'Увядзіце імя' },
  { lang: 'ru', name: 'Алесь Беляцкий', status: 'лишение свободы', button: 'Следить в Вестке', hint: 'Введите имя' },
  { lang: 'en', name: 'Ales Bialiatski', status: 'imprisoned', button: 'Follow in Vestka', hint: 'Type a person' },
])('inline search, in $lang', (l) => {
  it('returns the card as an article with a deep link to follow; not cached across users; nothing stored', async () => {
    const user = { id: 3000 + nextQuery, language_code: l.lang };
    const { results, options } = answer(await ask(user, 'Bialiatski Ales'));
    expect(options).toMatchObject({ is_personal: true, cache_time: 60 });
    expect(results).toHaveLength(1);
    const [card] = results;
    expect(card).toMatchObject({ type: 'article', id: `p${people.ales}`, title: l.name });
    expect(card!.description).toContain(l.status);
    const parsed = parseTelegramHtml(card!.input_message_content.message_text);
    expect(parsed.ok && parsed.text.split('\n')[0]).toBe(l.name);
    expect(card!.reply_markup.inline_keyboard).toEqual([
      [{ text: l.button, url: `https://t.me/vestka_test_bot?start=f_${people.ales}` }],
    ]);
    expect(await harness.database.db.select().from(subscribers)).toEqual([]);
  });

  it('offers every namesake, and a helpful button for an empty, unreadable or unknown query', async () => {
    const user = { id: 3100 + nextQuery, language_code: l.lang };
    expect(answer(await ask(user, 'Ivan Ivanou')).results.map((r) => r.id)).toEqual([
      `p${people.ivan85}`,
      `p${people.ivan90}`,
    ]);
    for (const query of ['', '   ', '😀😀', 'علي حسن', 'Ihar Losik']) {
      const { results, options } = answer(await ask(user, query));
      expect(results).toEqual([]);
      expect(options.button).toEqual({ text: expect.any(String), start_parameter: 'search' });
    }
    expect((answer(await ask(user, '')).options.button as { text: string }).text).toContain(l.hint);
  });
});

describe('inline search for someone who chose a language in the bot', () => {
  it("answers in the chosen language, not the app's", async () => {
    await harness.press({ id: 3500, language_code: 'en' }, 'lang:be');
    expect(answer(await ask({ id: 3500, language_code: 'en' }, 'Ales Bialiatski')).results[0]!.title).toBe(
      'Алесь Бяляцкі',
    );
  });
});
