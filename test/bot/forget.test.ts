import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueOutbox } from '../../src/db/queries/outbox.ts';
import { follows, outbox, subscribers } from '../../src/db/schema/index.ts';
import { BotHarness, buttons } from '../support/bot-harness.ts';
import { shown } from '../support/html-check.ts';
import { seedRegister } from '../support/register.ts';

let harness: BotHarness;
let people: Awaited<ReturnType<typeof seedRegister>>;
beforeAll(async () => {
  harness = await BotHarness.create();
  people = await seedRegister(harness.database.db);
});
afterAll(async () => harness.close());

let nextUser = 4000;

describe.each([
  {
    lang: 'be',
    ask: 'Выдаліць усё, што Вестка захоўвае пра вас?',
    yes: 'Так, выдаліць усё',
    done: [
      'Выдалена:',
      '• людзі, за якімі вы сачылі: 2',
      "• імёны, якія чакалі з'яўлення ў спісе: 1",
      '• паведамленні, якія чакалі адпраўкі: 1',
      '• ваша мова і налады.',
    ],
    nothing: 'Пра вас нічога не захоўвалася',
    cancelled: 'Нічога не выдалена.',
  },
  {
    lang: 'ru',
    ask: 'Удалить всё, что Вестка хранит о вас?',
    yes: 'Да, удалить всё',
    done: [
      'Удалено:',
      '• люди, за которыми вы следили: 2',
      '• имена, ожидавшие появления в списке: 1',
      '• сообщения, ожидавшие отправки: 1',
      '• ваш язык и настройки.',
    ],
    nothing: 'О вас ничего не хранилось',
    cancelled: 'Ничего не удалено.',
  },
  {
    lang: 'en',
    ask: 'Erase everything Vestka stores about you?',
    yes: 'Yes, erase everything',
    done: [
      'Erased:',
      '• people you followed: 2',
      '• names waiting to be listed: 1',
      '• messages waiting to be sent: 1',
      '• your language and settings.',
    ],
    nothing: 'Nothing was stored about you',
    cancelled: 'Nothing was erased.',
  },
])('/forget, in $lang', (l) => {
  it('asks once, then erases the chat, its follows and what was queued for it, and says what was erased', async () => {
    const u = { id: nextUser++, language_code: l.lang };
    await harness.press(u, `fl:${people.ales}`);
    await harness.press(u, `fl:${people.maryia}`);
    await harness.press(u, 'pf', harness.lastSentId(await harness.send(u, 'Ihar Losik')));
    const [me] = await harness.database.db.select().from(subscribers).where(eq(subscribers.chatId, u.id));
    await enqueueOutbox(harness.database.db, [
      { chatId: u.id, subscriberId: me!.id, kind: 'alert', dedupKey: `forget-${u.id}`, text: 'queued' },
      { chatId: 1, kind: 'alert', dedupKey: `other-${u.id}`, text: 'not mine' },
    ]);

    const ask = await harness.send(u, '/forget');
    expect(shown(ask)[0]).toContain(l.ask);
    expect(buttons(ask).map((b) => [b.text, b.data])).toEqual([
      [l.yes, 'fg:y'],
      [expect.any(String), 'fg:n'],
    ]);
    // nothing is erased before the tap
    expect(await harness.database.db.select().from(follows).where(eq(follows.subscriberId, me!.id))).toHaveLength(3);

    const done = await harness.press(u, 'fg:y', harness.lastSentId(ask));
    const text = shown(done)[0]!;
    for (const line of l.done) expect(text.split('\n')).toContain(line);
    expect(await harness.database.db.select().from(subscribers).where(eq(subscribers.chatId, u.id))).toEqual([]);
    expect(await harness.database.db.select().from(follows).where(eq(follows.subscriberId, me!.id))).toEqual([]);
    expect((await harness.database.db.select().from(outbox)).map((r) => r.chatId)).toContain(1);
    expect((await harness.database.db.select().from(outbox)).map((r) => r.chatId)).not.toContain(u.id);
  });

  it('says when nothing was stored, and "Cancel" erases nothing', async () => {
    const u = { id: nextUser++, language_code: l.lang };
    expect(shown(await harness.press(u, 'fg:y'))[0]).toContain(l.nothing);
    await harness.press(u, `fl:${people.ales}`);
    expect(shown(await harness.press(u, 'fg:n'))[0]).toBe(l.cancelled);
    expect(await harness.database.db.select().from(subscribers).where(eq(subscribers.chatId, u.id))).toHaveLength(1);
  });
});
