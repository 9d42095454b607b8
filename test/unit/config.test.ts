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

  it("reads BOT_USERNAME, the bot's @username for the CLI's alerts, with or without the @", () => {
    const username = (value?: string) => {
      const result = parseConfig({ BOT_TOKEN: TOKEN, BOT_USERNAME: value });
      return result.ok ? result.config.botUsername : result.problems;
    };
    expect(username()).toBeUndefined();
    expect(username('')).toBeUndefined();
    expect(username('@Vestka_Bot')).toBe('Vestka_Bot');
    expect(username('vestkabot')).toBe('vestkabot');
    expect(username('vestka')).toEqual([expect.stringMatching(/^BOT_USERNAME must be the bot's @username/)]);
    expect(username('t.me/vestka_bot')).toEqual([expect.stringMatching(/^BOT_USERNAME must be/)]);
  });

  it('tells where to get a token when BOT_TOKEN is missing', () => {
    const result = parseConfig({});
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/^BOT_TOKEN is missing.*@BotFather/)] });
  });

  it('reports every bad setting at once, one plain line each, naming the variable', () => {
    const result = parseConfig({
      BOT_TOKEN: 'nope',
      PORT: 'eighty',
      ADMIN_IDS: '12,abc',
      DATABASE_URL: 'mysql://x/y',
      DEFAULT_LANGUAGE: 'de',
      DEFAULT_TIMEZONE: 'Mars/Base',
      LOG_LEVEL: 'loud',
      SCHEDULER_ENABLED: 'maybe',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const variables = result.problems.map((p) => p.split(' ')[0]);
    expect(variables.sort()).toEqual([
      'ADMIN_IDS',
      'BOT_TOKEN',
      'DATABASE_URL',
      'DEFAULT_LANGUAGE',
      'DEFAULT_TIMEZONE',
      'LOG_LEVEL',
      'PORT',
      'SCHEDULER_ENABLED',
    ]);
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
    const good = parseConfig({
      BOT_TOKEN: TOKEN,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://example.org/tg',
      WEBHOOK_SECRET: 'a'.repeat(32),
    });
    expect(good.ok && good.config.webhook).toEqual({ url: 'https://example.org/tg', secret: 'a'.repeat(32) });
  });

  it('takes a PostgreSQL URL and a list of admin ids', () => {
    const result = parseConfig({
      BOT_TOKEN: TOKEN,
      DATABASE_URL: 'postgres://u:p@db:5432/vestka',
      ADMIN_IDS: '1, 22,333',
    });
    expect(result.ok && result.config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/vestka' });
    expect(result.ok && result.config.adminIds).toEqual([1, 22, 333]);
  });

  it('treats empty values as unset', () => {
    const result = parseConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: '', PORT: '' });
    expect(result.ok && result.config.database.kind).toBe('embedded');
    expect(result.ok && result.config.http.port).toBe(8080);
  });
});

describe('the metrics listener settings', () => {
  it('serves metrics on 127.0.0.1:9464 unless told otherwise, apart from the public port', () => {
    const result = parseConfig({ BOT_TOKEN: TOKEN });
    expect(result.ok && result.config.metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(result.ok && result.config.http).toEqual({ port: 8080, host: '0.0.0.0' });
  });

  it('takes another port and address, 0 for any free port, and "off" for no metrics listener', () => {
    const moved = parseConfig({ BOT_TOKEN: TOKEN, METRICS_PORT: '9100', METRICS_HOST: '10.0.0.5' });
    expect(moved.ok && moved.config.metrics).toEqual({ port: 9100, host: '10.0.0.5' });
    const any = parseConfig({ BOT_TOKEN: TOKEN, METRICS_PORT: '0', PORT: '0' });
    expect(any.ok && any.config.metrics).toEqual({ port: 0, host: '127.0.0.1' });
    const off = parseConfig({ BOT_TOKEN: TOKEN, METRICS_PORT: 'off' });
    expect(off.ok).toBe(true);
    expect(off.ok && off.config.metrics).toBeUndefined();
  });

  it('says plainly what is wrong with METRICS_PORT, including sharing the public port', () => {
    const bad = parseConfig({ BOT_TOKEN: TOKEN, METRICS_PORT: 'metrics' });
    expect(bad).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^METRICS_PORT must be a port number .* or "off"/)],
    });
    const shared = parseConfig({ BOT_TOKEN: TOKEN, PORT: '9000', METRICS_PORT: '9000' });
    expect(shared).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^METRICS_PORT must differ from PORT \(9000\)/)],
    });
  });
});
