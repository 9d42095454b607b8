import { describe, expect, it } from 'vitest';
import { parseConfig, parseOpsConfig } from '../../src/config.ts';

const TOKEN = '123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0';
const sources = (env: Record<string, string>) => {
  const result = parseConfig({ BOT_TOKEN: TOKEN, ...env });
  return result.ok ? result.config.sources : result.problems;
};

describe('configuring sources', () => {
  it('has none by default, and the breaker defaults of the issue', () => {
    const result = parseConfig({ BOT_TOKEN: TOKEN });
    expect(result.ok && result.config.sources).toEqual([]);
    expect(result.ok && result.config.sync).toEqual({
      failureAlertAfter: 3,
      fetchTimeoutMs: 30_000,
      maxBodyBytes: 50 * 1024 * 1024,
      thresholds: { maxChangeRatio: 0.05, ratioFloor: 10, maxReleases: 20, maxDropRatio: 0.1, maxQuarantineRatio: 0.1 },
    });
  });

  it('takes the body size limit in MB, within bounds', () => {
    const limit = (value: string) => {
      const r = parseConfig({ BOT_TOKEN: TOKEN, SYNC_MAX_BODY_MB: value });
      return r.ok ? r.config.sync.maxBodyBytes : r.problems;
    };
    expect(limit('5')).toBe(5 * 1024 * 1024);
    expect(limit('0')).toEqual([expect.stringContaining('SYNC_MAX_BODY_MB')]);
  });

  it('reads a JSON list, taking the format from the extension and every 15 minutes by default', () => {
    expect(
      sources({
        SOURCES:
          '[{"name":"viasna","url":"https://example.org/prisoners.json"},{"name":"export","url":"./data/list.csv","schedule":"0 * * * *"}]',
      }),
    ).toEqual([
      { name: 'viasna', url: 'https://example.org/prisoners.json', format: 'json', schedule: '*/15 * * * *' },
      { name: 'export', url: './data/list.csv', format: 'csv', schedule: '0 * * * *' },
    ]);
  });

  it('reads the one-source shorthand', () => {
    expect(
      sources({ SOURCE_URL: 'https://example.org/en/table', SOURCE_FORMAT: 'html', SOURCE_SCHEDULE: '*/30 * * * *' }),
    ).toEqual([{ name: 'main', url: 'https://example.org/en/table', format: 'html', schedule: '*/30 * * * *' }]);
  });

  it('says exactly what is wrong, one line per problem', () => {
    expect(
      sources({ SOURCES: '[{"name":"a b","url":"ftp://x/y","format":"xml","schedule":"soon","token":"x"}]' }),
    ).toEqual([
      'SOURCES entry 1: name must be 1-40 letters, digits, ".", "_" or "-", e.g. "viasna-en".',
      'SOURCES entry 1: url must be an http(s) URL or a file path.',
      'SOURCES entry 1: format must be one of json, csv, html.',
      'SOURCES entry 1: schedule must be a cron expression such as "*/15 * * * *" (every 15 minutes).',
      'SOURCES entry 1: only name, url, format and schedule are allowed.',
    ]);
    expect(sources({ SOURCES: '{"name":"x"}' })).toEqual([expect.stringMatching(/^SOURCES must be a JSON list/)]);
    expect(sources({ SOURCE_URL: 'https://example.org/list' })).toEqual([
      'SOURCE_URL: format is needed for https://example.org/list: json, csv or html.',
    ]);
    expect(sources({ SOURCES: '[{"name":"main","url":"a.json"}]', SOURCE_URL: 'b.csv' })).toEqual([
      'SOURCES: the name "main" is used twice.',
    ]);
  });

  it('reads the breaker settings, and the CLI needs no bot token', () => {
    const result = parseOpsConfig({
      SYNC_MAX_CHANGE_PERCENT: '10',
      SYNC_MAX_RELEASES: '60',
      SYNC_MAX_DROP_PERCENT: '20',
      DATABASE_URL: 'postgres://u@h/db',
    });
    expect(result.ok && result.config.sync.thresholds).toMatchObject({
      maxChangeRatio: 0.1,
      maxReleases: 60,
      maxDropRatio: 0.2,
    });
    expect(result.ok && result.config.database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(parseOpsConfig({ SYNC_MAX_RELEASES: 'many' })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^SYNC_MAX_RELEASES must be a whole number from 0 to 10000/)],
    });
  });
});
