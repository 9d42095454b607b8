import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';

const TOKEN = '123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0';

describe('the admin desk settings', () => {
  it('default to no buttons and 60 minutes of authorisation', () => {
    const result = parseConfig({ BOT_TOKEN: TOKEN });
    expect(result.ok && result.config.desk).toEqual({ url: undefined, authMaxAgeMinutes: 60 });
  });

  it('take an https address ending in /desk (a trailing slash dropped) and the minutes', () => {
    const result = parseConfig({
      BOT_TOKEN: TOKEN,
      DESK_URL: 'https://vestka.example.org/desk/',
      DESK_AUTH_MAX_AGE_MINUTES: '15',
    });
    expect(result.ok && result.config.desk).toEqual({ url: 'https://vestka.example.org/desk', authMaxAgeMinutes: 15 });
  });

  it('say what is wrong with a plain http address, another path or a bad number of minutes', () => {
    for (const [env, problem] of [
      [{ DESK_URL: 'http://vestka.example.org/desk' }, /^DESK_URL must be the public https:\/\/ address/],
      [{ DESK_URL: 'https://vestka.example.org/admin' }, /^DESK_URL must end in \/desk/],
      [{ DESK_AUTH_MAX_AGE_MINUTES: '0' }, /^DESK_AUTH_MAX_AGE_MINUTES must be a whole number from 1 to 1440/],
    ] as const) {
      const result = parseConfig({ BOT_TOKEN: TOKEN, ...env });
      expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(problem)]);
    }
  });
});
