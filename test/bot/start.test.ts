import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSubscriberByChatId } from '../../src/db/queries/subscribers.ts';
import { createI18n } from '../../src/bot/i18n.ts';
import { BotHarness, buttons, texts } from '../support/bot-harness.ts';

let harness: BotHarness;
beforeAll(async () => {
  harness = await BotHarness.create();
});
afterAll(async () => harness.close());

describe('/start', () => {
  it.each([
    ['be', 'Вестка', 'Абярыце мову'],
    ['ru', 'Вестка', 'Выберите язык'],
    ['en', 'Vestka', 'Choose your language'],
  ])(
    'greets a %s-speaking newcomer in their app language and offers all three languages',
    async (code, name, prompt) => {
      const calls = await harness.send({ id: 100, language_code: code }, '/start');
      const [reply] = texts(calls);
      expect(reply).toContain(name);
      expect(reply).toContain(prompt);
      expect(reply).toContain('/forget');
      expect(buttons(calls).map((b) => b.data)).toEqual(['lang:be', 'lang:ru', 'lang:en']);
    },
  );

  it('greets a user whose app speaks neither language in the default language (be)', async () => {
    const [reply] = texts(await harness.send({ id: 101, language_code: 'de' }, '/start'));
    expect(reply).toContain('Абярыце мову');
  });

  it('stores nothing until a language is chosen', async () => {
    await harness.send({ id: 102, language_code: 'ru' }, '/start');
    expect(await findSubscriberByChatId(harness.database.db, 102)).toBeUndefined();
  });

  it('remembers the chosen language and answers in it from then on, whatever the app language', async () => {
    const calls = await harness.press({ id: 103, language_code: 'ru' }, 'lang:en');
    expect(calls.find((c) => c.method === 'answerCallbackQuery')?.payload.text).toBe('Language: English.');
    expect(texts(calls)[0]).toContain('Send me a name');
    expect(await findSubscriberByChatId(harness.database.db, 103)).toMatchObject({
      language: 'en',
      timezone: 'Europe/Minsk',
    });
    const [help] = texts(await harness.send({ id: 103, language_code: 'ru' }, '/help'));
    expect(help).toContain('/privacy — what is stored');
  });
});

describe('/help, /privacy, /language', () => {
  it("lists every menu command in the subscriber's language", async () => {
    const [help] = texts(await harness.send({ id: 110, language_code: 'ru' }, '/help'));
    for (const command of ['/start', '/help', '/language', '/privacy']) expect(help).toContain(command);
    expect(help).toContain('сменить язык');
  });

  it.each([
    ['be', 'праз 30 дзён', 'Аўтавыдаленне'],
    ['ru', 'через 30 дней', 'Автоудаление'],
    ['en', '30 days later', 'Auto-delete'],
  ])(
    'explains exactly what is stored, what stays on the disk after /forget, and the auto-delete timer, in %s',
    async (code, blocked, autoDelete) => {
      const privacy = texts(await harness.send({ id: 111, language_code: code }, '/privacy'))[0]!;
      expect(privacy).toContain('/forget');
      expect(privacy).toContain(blocked);
      expect(privacy).toContain(autoDelete);
      // What stays on the disk depends on the database: at once on the embedded one, nightly on PostgreSQL.
      const i18n = createI18n('en');
      const onDisk = i18n.t(
        code,
        harness.database.mode === 'embedded' ? 'privacy-disk-at_once' : 'privacy-disk-nightly',
      );
      expect(privacy).toContain(onDisk);
      expect(privacy).toContain(
        code === 'en'
          ? 'a note that some message could not be delivered, without its words or your chat id (up to 35 days)'
          : '35',
      );
    },
  );

  it("says in /help how to make Telegram delete the chat's messages", async () => {
    const [help] = texts(await harness.send({ id: 113, language_code: 'en' }, '/help'));
    expect(help).toContain('Auto-delete');
  });

  it('offers the language choice again', async () => {
    const calls = await harness.send({ id: 112, language_code: 'en' }, '/language');
    expect(buttons(calls)).toHaveLength(3);
  });
});

describe('anything else', () => {
  it('answers a photo with a pointer to the commands', async () => {
    const calls = await harness.sendMessage(
      { id: 120, language_code: 'en' },
      { photo: [{ file_id: 'x', file_unique_id: 'y', width: 1, height: 1 }] },
    );
    expect(texts(calls)[0]).toContain('/help');
  });

  it('answers a stale button with a short notice instead of a spinning button', async () => {
    const calls = await harness.press({ id: 121, language_code: 'en' }, 'gone:1');
    expect(calls).toEqual([
      { method: 'answerCallbackQuery', payload: expect.objectContaining({ text: 'This button is no longer active.' }) },
    ]);
  });

  it('ignores messages in groups it was added to', async () => {
    const calls = await harness.handle({
      message: {
        message_id: 1,
        date: 0,
        chat: { id: -100, type: 'group', title: 'g' },
        from: { id: 5, is_bot: false, first_name: 'x' },
        text: 'hello',
      },
    } as never);
    expect(calls).toEqual([]);
  });
});

describe('the error boundary', () => {
  it("apologises in the user's language when a feature fails, and the bot keeps working", async () => {
    harness.failNext('sendMessage', { error_code: 400, description: 'Bad Request: something odd' });
    const calls = await harness.send({ id: 130, language_code: 'ru' }, '/help');
    expect(texts(calls)).toEqual([
      expect.stringContaining('/help'),
      'У нас что-то пошло не так. Попробуйте ещё раз через минуту.',
    ]);
    expect(texts(await harness.send({ id: 130, language_code: 'ru' }, '/help'))[0]).toContain('/privacy');
  });

  it('still answers when the database is down', async () => {
    const broken = await BotHarness.create();
    await broken.database.close();
    const calls = await broken.send({ id: 131, language_code: 'en' }, '/help');
    expect(texts(calls)).toEqual(['Something went wrong on our side. Please try again in a minute.']);
  });
});
