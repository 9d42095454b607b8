import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../src/bot/i18n.ts';
import { LANGUAGES, type Language } from '../../src/domain/language.ts';

type Pattern = string | PatternElement[];
type PatternElement = string | Expression;
type Expression =
  | {
      type: 'select';
      selector: Expression;
      variants: { key: { type: 'str' | 'num'; value: string | number }; value: Pattern }[];
    }
  | { type: 'var'; name: string }
  | { type: 'mesg'; name: string }
  | { type: 'term'; name: string; args: unknown[] }
  | { type: 'func'; name: string; args: Expression[] }
  | { type: 'str' | 'num'; value: string | number };

interface Select {
  variable: string;
  keys: (string | number)[];
}

const VALUES = [0, 1, 2, 5, 11, 21, 22, 1.5];
const CATEGORY_KEYS = new Set(['zero', 'one', 'two', 'few', 'many']);

/** Every message of a language: its pattern, the selects in it, the variables and messages it uses. */
function load(language: Language): {
  bundle: FluentBundle;
  messages: Map<string, { selects: Select[]; variables: Set<string>; refs: Set<string> }>;
} {
  const bundle = new FluentBundle(language, { useIsolating: false });
  const messages = new Map<string, { selects: Select[]; variables: Set<string>; refs: Set<string> }>();
  const dir = join(LOCALES_DIR, language);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    const resource = new FluentResource(readFileSync(join(dir, file), 'utf8'));
    expect(bundle.addResource(resource), `${language}/${file}`).toEqual([]);
    for (const entry of (resource as unknown as { body: { id: string; value: Pattern | null }[] }).body) {
      const found = { selects: [] as Select[], variables: new Set<string>(), refs: new Set<string>() };
      if (entry.value !== null) walk(entry.value, found);
      messages.set(entry.id, found);
    }
  }
  return { bundle, messages };
}

function walk(pattern: Pattern, found: { selects: Select[]; variables: Set<string>; refs: Set<string> }): void {
  if (typeof pattern === 'string') return;
  const expression = (e: Expression): void => {
    if (e.type === 'var') found.variables.add(e.name);
    else if (e.type === 'mesg') found.refs.add(e.name);
    else if (e.type === 'func') e.args.forEach(expression);
    else if (e.type === 'select') {
      expression(e.selector);
      if (e.selector.type === 'var')
        found.selects.push({ variable: e.selector.name, keys: e.variants.map((v) => v.key.value) });
      for (const v of e.variants) walk(v.value, found);
    }
  };
  for (const element of pattern) if (typeof element !== 'string') expression(element);
}

/** A plural select: one keyed by CLDR categories (beyond "other"), or by numbers. */
const isNumeric = (s: Select) => s.keys.some((k) => typeof k === 'number' || CATEGORY_KEYS.has(k));
const isPlural = (s: Select) => s.keys.some((k) => typeof k === 'string' && CATEGORY_KEYS.has(k));

const locales = new Map(LANGUAGES.map((l) => [l, load(l)]));
/** "message:variable" selected on as a number in any language: each language must treat it as one. */
const numeric = new Set(
  [...locales.values()].flatMap(({ messages }) =>
    [...messages].flatMap(([id, m]) => m.selects.filter(isNumeric).map((s) => `${id}:${s.variable}`)),
  ),
);

describe('plurals in every Fluent message (CLDR categories per language)', () => {
  it.each(LANGUAGES)("%s: every select on a number has a branch for each of the language's categories", (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const [id, message] of locales.get(language)!.messages) {
      for (const select of message.selects) {
        if (!numeric.has(`${id}:${select.variable}`)) continue;
        // A select on exact numbers only ([0] … *[other]) is not a plural; any other must have every category.
        if (!isPlural(select) && select.keys.some((k) => typeof k === 'number')) continue;
        const absent = categories.filter((c) => !select.keys.includes(c));
        if (absent.length > 0) missing.push(`${id} ($${select.variable}): no ${absent.join(', ')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every message with a plural renders whole for 0, 1, 2, 5, 11, 21, 22 and 1.5', (language) => {
    const { bundle, messages } = locales.get(language)!;
    const variablesOf = (id: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(id)) return new Set();
      seen.add(id);
      const m = messages.get(id);
      return new Set([...(m?.variables ?? []), ...[...(m?.refs ?? [])].flatMap((r) => [...variablesOf(r, seen)])]);
    };
    const problems: string[] = [];
    let checked = 0;
    for (const [id, message] of messages) {
      const plural = message.selects.filter((s) => numeric.has(`${id}:${s.variable}`)).map((s) => s.variable);
      if (plural.length === 0 || id.startsWith('-')) continue;
      checked++;
      for (const value of VALUES) {
        const args = Object.fromEntries(
          [...variablesOf(id)].map((v) => [
            v,
            plural.includes(v) || v === 'count' ? value : v === 'gender' ? 'm' : `‹${v}›`,
          ]),
        );
        const errors: Error[] = [];
        const text = bundle.formatPattern(bundle.getMessage(id)!.value!, args, errors);
        const label = `${id} with ${value}`;
        if (errors.length > 0) problems.push(`${label}: ${errors.map((e) => e.message).join('; ')}`);
        if (/[{}]/.test(text.replace(/‹[^›]*›/g, ''))) problems.push(`${label}: leftover brace in "${text}"`);
        if (/undefined|NaN|\$[a-z]/i.test(text) || text.trim() === '') problems.push(`${label}: malformed "${text}"`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});

describe('numbers agree with the words around them', () => {
  const say = (language: Language, id: string, args: Record<string, string | number>) => {
    const { bundle } = locales.get(language)!;
    return bundle.formatPattern(bundle.getMessage(id)!.value!, args);
  };
  it.each([
    ['ru', 'release-awaiting-approval', { batch: 3, released: 4 }, 'освобождаются 4 человека'],
    ['ru', 'release-awaiting-approval', { batch: 3, released: 21 }, 'освобождается 21 человек'],
    ['be', 'release-awaiting-approval', { batch: 3, released: 4 }, 'вызваляюцца 4 чалавекі'],
    ['ru', 'release-approval-needed', { batch: 3, title: 't', count: 4 }, 'будут освобождены 4 человека'],
    ['be', 'sync-reason-row_drop', { value: 4, limit: 2 }, 'зніклі б 4 чалавекі'],
    ['ru', 'sync-reason-row_drop', { value: 5, limit: 2 }, 'исчезли бы 5 человек'],
    [
      'en',
      'release-counts',
      { lines: 1, matched: 0, ambiguous: 1, notFound: 0, create: 1, duplicate: 0, alreadyReleased: 0, skip: 0 },
      '1 line: ✅ 0 matched · ❓ 1 needs a choice · 🚫 0 not found · ➕ 1 new record ·',
    ],
    [
      'en',
      'release-confirmed',
      { batch: 3, released: 1, alerts: 0, announcements: 0, unchanged: 0 },
      'is confirmed: 1 person set free.',
    ],
    ['ru', 'digest-held', { count: 4 }, 'Сейчас в заключении: 4 политзаключённых.'],
  ] as [Language, string, Record<string, string | number>, string][])('%s %s %o', (language, id, args, expected) => {
    expect(say(language, id, args)).toContain(expected);
  });
});
