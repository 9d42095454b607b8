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

describe('an admin announcing a batch release, through the real program and a local Bot API', () => {
  it(
    'pastes a list, confirms, and the follower of a released person is told over HTTP',
    async () => {
      const vestka = VestkaProcess.start({
        BOT_TOKEN: emulator.token,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        ...database.env,
        ADMIN_IDS: '9001',
        SOURCE_URL: join(SOURCE_FIXTURES, 'feed-good.json'),
        SOURCE_SCHEDULE: '* * * * * *',
      });
      try {
        await vestka.waitForLog(/^ready/);
        await vestka.waitForLog(/^sync main: applied/);
        const relative = { id: 8101, language_code: 'en' };
        const admin = { id: 9001, language_code: 'en' };
        const to = (user: { id: number }) => (m: SentMessage) => m.chat_id === user.id;

        emulator.userSends('Ales Bialiatski', relative);
        const card = await emulator.waitForMessage((m) => to(relative)(m) && m.plain.startsWith('Ales Bialiatski\n'));
        emulator.userPresses(card, buttonsOf(card)[0]!.callback_data!, relative);
        await emulator.waitForMessage((m) => to(relative)(m) && m.plain.startsWith('You now follow Ales Bialiatski.'));

        emulator.userSends('/release', admin);
        await emulator.waitForMessage((m) => to(admin)(m) && m.plain.startsWith('New release batch.'));
        emulator.userSends('21 June 2025: 14 released', admin);
        const titles = await emulator.waitForMessage(
          (m) => to(admin)(m) && m.plain.startsWith('Title saved:\nen: 21 June 2025: 14 released'),
        );
        emulator.userPresses(titles, buttonsOf(titles)[0]!.callback_data!, admin);
        await emulator.waitForMessage((m) => to(admin)(m) && m.plain.startsWith('The date of the release'));
        emulator.userSends('21.06.2025', admin);
        const kind = await emulator.waitForMessage((m) => to(admin)(m) && m.plain.startsWith('What happened'));
        emulator.userPresses(kind, buttonsOf(kind).find((b) => b.text === 'pardoned')!.callback_data!, admin);
        const source = await emulator.waitForMessage(
          (m) => to(admin)(m) && m.plain.startsWith('The link to the published list'),
        );
        emulator.userPresses(source, buttonsOf(source)[0]!.callback_data!, admin);
        await emulator.waitForMessage((m) => to(admin)(m) && m.plain.startsWith('Now paste the list'));
        emulator.userSends('1. Aleś Bialacki\n2. Ціхан Верабейчык-Залескі', admin);
        const preview = await emulator.waitForMessage(
          (m) => to(admin)(m) && m.method === 'editMessageText' && m.plain.includes('2 lines:'),
        );
        expect(preview.plain).toContain('✅ 1 matched');
        expect(preview.plain).toContain('🚫 1 not found');
        emulator.userPresses(
          preview,
          buttonsOf(preview).find((b) => b.callback_data?.startsWith('ru:'))!.callback_data!,
          admin,
        );
        const ready = await emulator.waitForMessage(
          (m) => to(admin)(m) && m.method === 'editMessageText' && m.plain.includes('⏭ 1 skipped'),
        );
        emulator.userPresses(
          ready,
          buttonsOf(ready).find((b) => b.callback_data?.startsWith('rok:'))!.callback_data!,
          admin,
        );
        await emulator.waitForMessage(
          (m) =>
            to(admin)(m) &&
            /Batch #\d+ is confirmed: 1 person set free\. Their followers are being told now\./.test(m.plain),
        );

        const alert = await emulator.waitForMessage(
          (m) => to(relative)(m) && m.plain.includes('Ales Bialiatski') && m.plain.includes('pardoned'),
        );
        expect(alert.plain).toContain('21 June 2025: 14 released');
        const logs = vestka.stdout.join('\n');
        expect(logs).not.toContain('Bialacki');
        expectNoNumber(logs, 9001);
      } finally {
        expect(await vestka.stop()).toBe(0);
      }
    },
    e2eTimeout(1),
  );
});
