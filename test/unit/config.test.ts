import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';

const TOKEN = '123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0';

describe('parseConfig', () => {
  it('needs only BOT_TOKEN and defaults to the embedded database in ./data', () => {
    const result = parseConfig({ BOT_TOKEN: TOKEN });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.database).toEqual({ kind: 'embedded', dataDir: './data' });
    expect(result.config.mode).toBe('polling');
    expect(result.config.defaultTimezone).toBe('Europe/Minsk');
    expect(result.config.adminIds).toEqual([]);
  });

  it('tells where to get a token when BOT_TOKEN is missing', () => {
    const result = parseConfig({});
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/^BOT_TOKEN is missing.*@BotFather/)] });
  });

  it('reports every bad setting at once, one plain line each, naming the variable', () => {
    const result = parseConfig({ BOT_TOKEN: 'nope', PORT: 'eighty', ADMIN_IDS: '12,abc', DATABASE_URL: 'mysql://x/y', DEFAULT_LANGUAGE: 'de', DEFAULT_TIMEZONE: 'Mars/Base', LOG_LEVEL: 'loud', SCHEDULER_ENABLED: 'maybe' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const variables = result.problems.map((p) => p.split(' ')[0]);
    expect(variables.sort()).toEqual(['ADMIN_IDS', 'BOT_TOKEN', 'DATABASE_URL', 'DEFAULT_LANGUAGE', 'DEFAULT_TIMEZONE', 'LOG_LEVEL', 'PORT', 'SCHEDULER_ENABLED']);
    for (const problem of result.problems) expect(problem).not.toMatch(/\n|at .*\(|Zod/);
  });

  it('reads booleans as words, so "false" means false', () => {
    const off = parseConfig({ BOT_TOKEN: TOKEN, SCHEDULER_ENABLED: 'false' });
    const on = parseConfig({ BOT_TOKEN: TOKEN, SCHEDULER_ENABLED: 'yes' });
    expect(off.ok && off.config.schedulerEnabled).toBe(false);
    expect(on.ok && on.config.schedulerEnabled).toBe(true);
  });

  it('requires the URL and secret in webhook mode', () => {
    const result = parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.split(' ')[0]).sort()).toEqual(['WEBHOOK_SECRET', 'WEBHOOK_URL']);
    const good = parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://example.org/tg', WEBHOOK_SECRET: 'a'.repeat(32) });
    expect(good.ok && good.config.webhook).toEqual({ url: 'https://example.org/tg', secret: 'a'.repeat(32) });
  });

  it('takes a PostgreSQL URL and a list of admin ids', () => {
    const result = parseConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: 'postgres://u:p@db:5432/vestka', ADMIN_IDS: '1, 22,333' });
    expect(result.ok && result.config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/vestka' });
    expect(result.ok && result.config.adminIds).toEqual([1, 22, 333]);
  });

  it('treats empty values as unset', () => {
    const result = parseConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: '', PORT: '' });
    expect(result.ok && result.config.database.kind).toBe('embedded');
    expect(result.ok && result.config.http.port).toBe(8080);
  });
});
