import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, createI18n } from '../../src/bot/i18n.ts';
import { ADMIN_COMMANDS, USER_COMMANDS } from '../../src/bot/commands-menu.ts';
import { LANGUAGES } from '../../src/domain/language.ts';

interface Entry {
  file: string;
  variables: Set<string>;
}

/** Message ids per locale, with the variables each uses, read from every .ftl file under locales/<lang>/. */
function keysOf(language: string): Map<string, Entry> {
  const keys = new Map<string, Entry>();
  const dir = join(LOCALES_DIR, language);
  for (const file of readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ftl'))) {
    let current: Entry | undefined;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const id = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=/.exec(line)?.[1];
      if (id) {
        if (keys.has(id)) throw new Error(`${language}: ${id} defined twice (${keys.get(id)!.file} and ${file})`);
        current = { file, variables: new Set() };
        keys.set(id, current);
      } else if (/^\S/.test(line)) {
        current = undefined;
      }
      for (const m of line.matchAll(/\$([a-zA-Z][a-zA-Z0-9_-]*)/g)) current?.variables.add(m[1]!);
    }
  }
  return keys;
}

describe('translations', () => {
  const all = new Map(LANGUAGES.map((l) => [l, keysOf(l)]));
  const union = new Set([...all.values()].flatMap((m) => [...m.keys()]));

  it.each(LANGUAGES)('%s has every key that any language has', (language) => {
    const missing = [...union].filter((k) => !all.get(language)!.has(k));
    expect(missing).toEqual([]);
  });

  it('every menu and admin command has a description in every language', () => {
    for (const language of LANGUAGES) {
      for (const { descriptionKey } of [...USER_COMMANDS, ...ADMIN_COMMANDS])
        expect(all.get(language)!.has(descriptionKey), `${language}: ${descriptionKey}`).toBe(true);
    }
  });

  it('every message uses the same variables in every language', () => {
    for (const key of union) {
      const sets = LANGUAGES.map((l) => [...(all.get(l)!.get(key)?.variables ?? [])].sort().join(','));
      expect(new Set(sets).size, `${key}: ${sets.join(' | ')}`).toBe(1);
    }
  });

  it.each(LANGUAGES)('%s: every message renders without Fluent errors', (language) => {
    const i18n = createI18n(language);
    for (const [key, entry] of all.get(language)!) {
      if (key.startsWith('-')) continue;
      const variables = Object.fromEntries([...entry.variables].map((v) => [v, 2]));
      const text = i18n.t(language, key, variables);
      expect(text, key).not.toMatch(/\{\$|\{-|Unknown (variable|term|message)/);
      expect(text.trim(), key).not.toBe('');
    }
  });
});
