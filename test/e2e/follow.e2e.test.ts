import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotApiEmulator, type SentMessage } from '../support/bot-api-emulator.ts';
import { SOURCE_FIXTURES } from '../support/fixtures.ts';
import { useSharedDatabase } from '../support/test-database.ts';
import { e2eTimeout, VestkaProcess } from '../support/vestka-process.ts';
import { expectNoNumber } from '../support/safe-text.ts';

let emulator: BotApiEmulator;
// A migrated database (the first start on an empty directory is start.e2e's subject, not this file's).
const database = useSharedDatabase();
beforeAll(async () => {
  emulator = await BotApiEmulator.start();
});
afterAll(async () => emulator.stop());

const buttonsOf = (m: SentMessage) =>
  ((m.reply_markup?.inline_keyboard ?? []) as { text: string; callback_data?: string }[][]).flat();

describe('a relative, through the real program and a local Bot API', () => {
  it(
    'types a name, gets the card, taps Follow, follows a name not yet listed, sees both in /list, and erases everything with /forget',
    async () => {
      // The source is a file; a schedule of every second makes the first sync run right after start.
      const vestka = VestkaProcess.start({
        BOT_TOKEN: emulator.token,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        ...database.env,
        SOURCE_URL: join(SOURCE_FIXTURES, 'feed-good.json'),
        SOURCE_SCHEDULE: '* * * * * *',
      });
      try {
        // Generous waits: a busy CI machine can take many seconds to start the program; a passing run takes ~8 s.
        await vestka.waitForLog(/^ready/);
        await vestka.waitForLog(/^sync main: applied/);
        const user = { id: 8001, language_code: 'en' };
        const mine = (m: SentMessage) => m.chat_id === user.id;

        emulator.userSends('Ales Bialiatski', user);
        const card = await emulator.waitForMessage((m) => mine(m) && m.plain.startsWith('Ales Bialiatski\n'));
        expect(card.plain).toContain('Status: imprisoned, since 03.03.2023');
        expect(card.plain).toContain('Address for letters: вул. Дзімітрава, 1, 213410 Горкі');
        const follow = buttonsOf(card)[0]!;
        expect(follow.text).toBe('Follow');

        emulator.userPresses(card, follow.callback_data!, user);
        await emulator.waitForMessage((m) => mine(m) && m.plain.startsWith('You now follow Ales Bialiatski.'));

        emulator.userSends('Ihar Losik', user);
        const none = await emulator.waitForMessage(
          (m) => mine(m) && m.plain.startsWith('Ihar Losik\nNo one with this name'),
        );
        emulator.userPresses(none, buttonsOf(none)[0]!.callback_data!, user);
        await emulator.waitForMessage((m) => mine(m) && m.plain.startsWith('You now follow the name Ihar Losik.'));

        emulator.userSends('/list', user);
        const list = await emulator.waitForMessage(
          (m) => mine(m) && m.plain.startsWith('You follow 2 people or names'),
        );
        expect(list.plain).toContain('1. Ales Bialiatski: imprisoned, since 03.03.2023');
        expect(list.plain).toContain('2. Ihar Losik: waiting, not on the list yet');

        emulator.userSends('/forget', user);
        const ask = await emulator.waitForMessage((m) => mine(m) && m.plain.startsWith('Erase everything'));
        emulator.userPresses(ask, 'fg:y', user);
        const erased = await emulator.waitForMessage(
          (m) => mine(m) && m.method === 'editMessageText' && m.plain.startsWith('Erased:'),
        );
        expect(erased.plain).toContain('• people you followed: 1\n• names waiting to be listed: 1');

        emulator.userSends('/list', user);
        await emulator.waitForMessage((m) => mine(m) && m.plain.startsWith('You do not follow anyone yet'));
        // the logs carry neither what the user typed nor the chat id
        const logs = vestka.stdout.join('\n');
        expect(logs).not.toContain('Losik');
        expectNoNumber(logs, 8001);
      } finally {
        expect(await vestka.stop()).toBe(0);
      }
    },
    e2eTimeout(1),
  );
});
