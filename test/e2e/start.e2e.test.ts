import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotApiEmulator } from '../support/bot-api-emulator.ts';
import { VestkaProcess } from '../support/vestka-process.ts';

let emulator: BotApiEmulator;
let dataDir: string;
beforeAll(async () => {
  emulator = await BotApiEmulator.start();
  dataDir = mkdtempSync(join(tmpdir(), 'vestka-e2e-'));
});
afterAll(async () => {
  await emulator.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the real program against a local Bot API', () => {
  it('starts as `npm start` does (the bundle) on the embedded database with only BOT_TOKEN, answers /start, and keeps the choice across a restart', async () => {
    const env = { BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, DATA_DIR: dataDir };
    const first = VestkaProcess.start(env, 'scripts/start.js');
    try {
      const ready = await first.waitForLog(/^ready/);
      expect(ready).toMatchObject({
        bot: '@vestka_test_bot',
        mode: 'polling',
        database: 'embedded',
        location: dataDir,
        register: 'no_source',
      });
      // A first start with nothing to sync says so, and how to add a source.
      expect(ready.msg).toMatch(
        /The register is empty and no source is configured: set SOURCE_URL .* or SOURCES .* npm run --silent cli -- sync --source <file\|url>/,
      );
      // command menus were published for every language
      await emulator.waitForCall('setMyCommands', (c) => c.params.language_code === 'ru');

      emulator.userSends('/start', { id: 7001, language_code: 'ru' });
      const welcome = await emulator.waitForMessage((m) => m.chat_id === 7001);
      expect(welcome.plain).toContain('Выберите язык');
      emulator.userPresses(welcome, 'lang:en');
      const chosen = await emulator.waitForMessage((m) => m.chat_id === 7001 && m.method === 'editMessageText');
      expect(chosen.plain).toContain('Language: English.');
    } finally {
      expect(await first.stop('SIGTERM')).toBe(0);
    }

    const second = VestkaProcess.start(env, 'scripts/start.js');
    try {
      await second.waitForLog(/^ready/);
      emulator.userSends('/help', { id: 7001, language_code: 'ru' });
      const help = await emulator.waitForMessage((m) => m.chat_id === 7001 && m.plain.includes('/privacy'));
      expect(help.plain).toContain('what is stored'); // still English after the restart
    } finally {
      await second.stop();
    }
  });

  it('refuses to start without BOT_TOKEN: exit code 2, one plain line per problem, no stack trace', async () => {
    const proc = VestkaProcess.start({ BOT_TOKEN: '', DATA_DIR: dataDir, PORT: 'x' });
    expect(await proc.exited).toBe(2);
    const stderr = proc.stderr.join('');
    expect(stderr).toMatch(/BOT_TOKEN is missing.*@BotFather/);
    expect(stderr).toMatch(/PORT must be a port number/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says plainly when Telegram rejects the token', async () => {
    const proc = VestkaProcess.start({
      BOT_TOKEN: '999999:AAWrongTokenWrongTokenWrongToken_1234',
      TELEGRAM_API_ROOT: emulator.apiRoot,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'vestka-e2e-')),
    });
    expect(await proc.exited).toBe(2);
    expect(proc.stderr.join('')).toMatch(/Telegram rejected BOT_TOKEN \(401\)/);
  });
});
