import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribers } from '../../src/db/schema/index.ts';
import { BotHarness, buttons } from '../support/bot-harness.ts';
import { shown, toast } from '../support/html-check.ts';

let harness: BotHarness;
beforeAll(async () => {
  harness = await BotHarness.create();
});
afterAll(async () => harness.close());

let nextUser = 5000;
const stored = async (id: number) =>
  (await harness.database.db.select().from(subscribers).where(eq(subscribers.chatId, id)))[0];

describe.each([
  {
    lang: 'be',
    off: 'Схаваныя апавяшчэнні: выключаныя.',
    on: 'Схаваныя апавяшчэнні: уключаныя.',
    quiet: 'Ціхія гадзіны: 22:00–08:00 (Europe/Minsk).',
    noQuiet: 'Ціхія гадзіны: выключаныя.',
    ann: 'Абвесткі пра масавыя вызваленні: уключаныя.',
    grave: 'Цяжкія навіны ў ціхія гадзіны: з гукам.',
    protect: 'Абароненыя апавяшчэнні: уключаныя.',
  },
  {
    lang: 'ru',
    off: 'Скрытые оповещения: выключены.',
    on: 'Скрытые оповещения: включены.',
    quiet: 'Тихие часы: 22:00–08:00 (Europe/Minsk).',
    noQuiet: 'Тихие часы: выключены.',
    ann: 'Объявления о массовых освобождениях: включены.',
    grave: 'Тяжёлые новости в тихие часы: со звуком.',
    protect: 'Защищённые оповещения: включены.',
  },
  {
    lang: 'en',
    off: 'Discreet alerts: off.',
    on: 'Discreet alerts: on.',
    quiet: 'Quiet hours: 22:00–08:00 (Europe/Minsk).',
    noQuiet: 'Quiet hours: off.',
    ann: 'Announcements of batch releases: on.',
    grave: 'Grave news in quiet hours: with sound.',
    protect: 'Protected alerts: on.',
  },
])('/settings, in $lang', (l) => {
  it('shows the defaults and stores nothing until something is changed', async () => {
    const u = { id: nextUser++, language_code: l.lang };
    const calls = await harness.send(u, '/settings');
    expect(shown(calls)[0]).toContain(l.off);
    expect(shown(calls)[0]).toContain(l.noQuiet);
    expect(buttons(calls).map((b) => b.data)).toEqual([
      'st:d:1',
      'st:q:22-8',
      'st:q:23-7',
      'st:q:0-8',
      'st:q:off',
      'st:p:1',
      'st:a:1',
    ]);
    expect(await stored(u.id)).toBeUndefined();
  });

  it('each button changes one setting, saves it and redraws the message', async () => {
    const u = { id: nextUser++, language_code: l.lang };
    const discreet = await harness.press(u, 'st:d:1');
    expect(toast(discreet)).toBeTruthy();
    expect(shown(discreet)[0]).toContain(l.on);
    expect(buttons(discreet)[0]!.data).toBe('st:d:0');
    expect(await stored(u.id)).toMatchObject({ discreet: true, language: l.lang, quietFrom: null });

    const quiet = await harness.press(u, 'st:q:22-8');
    expect(shown(quiet)[0]).toContain(l.quiet);
    expect(buttons(quiet)[1]!.text).toMatch(/^✓ /);
    expect(await stored(u.id)).toMatchObject({ quietFrom: 22, quietTo: 8, discreet: true });

    // With quiet hours, whether grave news rings in them can be chosen.
    expect(buttons(quiet).map((b) => b.data)).toContain('st:g:1');
    const grave = await harness.press(u, 'st:g:1');
    expect(shown(grave)[0]).toContain(l.grave);
    expect(buttons(grave).map((b) => b.data)).toContain('st:g:0');
    const protect = await harness.press(u, 'st:p:1');
    expect(shown(protect)[0]).toContain(l.protect);
    expect(await stored(u.id)).toMatchObject({ wakeForGrave: true, protectContent: true });

    expect(shown(await harness.press(u, 'st:a:1'))[0]).toContain(l.ann);
    expect(shown(await harness.press(u, 'st:q:off'))[0]).toContain(l.noQuiet);
    expect(await stored(u.id)).toMatchObject({ quietFrom: null, quietTo: null, announcements: true });
  });

  it('a second tap on the same choice (Telegram: "message is not modified") and a forged preset are harmless', async () => {
    const u = { id: nextUser++, language_code: l.lang };
    await harness.press(u, 'st:q:23-7');
    harness.failNext('editMessageText', { error_code: 400, description: 'Bad Request: message is not modified' });
    const again = await harness.press(u, 'st:q:23-7');
    expect(again.filter((c) => c.method === 'sendMessage')).toEqual([]);
    const forged = await harness.press(u, 'st:q:3-4');
    expect(forged.map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect(await stored(u.id)).toMatchObject({ quietFrom: 23, quietTo: 7 });
  });
});
