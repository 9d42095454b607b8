import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localParts } from '../../src/domain/zoned-time.ts';
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
const env = () => ({
  BOT_TOKEN: emulator.token,
  TELEGRAM_API_ROOT: emulator.apiRoot,
  ...database.env,
  SOURCE_URL: join(SOURCE_FIXTURES, 'feed-good.json'),
  SOURCE_SCHEDULE: '* * * * * *',
});

describe('the daily digest, through the real program and a local Bot API', () => {
  it(
    'a subscriber turns it on; after downtime over the digest hour, the missed digest comes once on start',
    async () => {
      const subscriber = { id: 8201, language_code: 'en' };
      const mine = (m: SentMessage) => m.chat_id === subscriber.id;
      const hour = localParts(new Date(), 'Europe/Minsk').hour;

      const first = VestkaProcess.start(env());
      try {
        await first.waitForLog(/^ready/);
        await first.waitForLog(/^sync main: applied/);
        emulator.userSends(`/digest_hour ${hour}`, subscriber);
        const settings = await emulator.waitForMessage((m) => mine(m) && m.plain.startsWith('Daily digest'));
        emulator.userPresses(
          settings,
          buttonsOf(settings).find((b) => b.callback_data === 'dg:on:1')!.callback_data!,
          subscriber,
        );
        const on = await emulator.waitForMessage(
          (m) => mine(m) && m.method === 'editMessageText' && m.plain.includes('On: every day at'),
        );
        emulator.userPresses(on, 'dg:e:1', subscriber);
        await emulator.waitForMessage(
          (m) => mine(m) && m.method === 'editMessageText' && m.plain.includes('"no changes" message.'),
        );
      } finally {
        expect(await first.stop()).toBe(0);
      }

      // While Vestka was stopped, the digest hour passed: pretend the digest was turned on two days ago.
      await database.use((d) =>
        d.db.execute(
          sql`update subscribers set digest_enabled_at = now() - interval '2 days' where chat_id = ${subscriber.id}`,
        ),
      );

      const second = VestkaProcess.start(env());
      try {
        await second.waitForLog(/^ready/);
        const digest = await emulator.waitForMessage(
          (m) => mine(m) && m.method === 'sendMessage' && m.plain.startsWith('Vestka digest'),
        );
        expect(digest.plain).toMatch(/Held now: \d+ political prisoners?/);
        expect(digest.plain).toContain('No changes in this period.');
        await second.waitForLog(/^digests: 1 queued/);
        expectNoNumber(second.stdout.join('\n'), subscriber.id);
      } finally {
        expect(await second.stop()).toBe(0);
      }

      // A third start on the same day sends nothing more.
      const third = VestkaProcess.start({ ...env(), LOG_LEVEL: 'debug' });
      try {
        await third.waitForLog(/^ready/);
        // Its catch-up pass (or a minute's tick) ran and found nothing due.
        await third.waitForLog(/^digests: none due/);
        expect(emulator.sent.filter((m) => mine(m) && m.plain.startsWith('Vestka digest'))).toHaveLength(1);
      } finally {
        expect(await third.stop()).toBe(0);
      }
    },
    e2eTimeout(3),
  );
});
