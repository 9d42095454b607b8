import { parseName } from '../../src/domain/names/index.ts';
import type { LabelledQuery } from './evaluation-set.ts';

/**
 * Queries derived from the real spellings, for what relatives type when they know less: the
 * surname alone, the surname alone with one letter dropped (a typo), and the surname with another
 * given name (a nickname or a mistaken first name). Derived by rule, never tuned by hand.
 */
export type DerivedKind = 'surname alone' | 'surname, one letter dropped' | 'another given name';

/** The word of a spelling the parser reads as the surname, as written; undefined for a one-word spelling. */
function surnameOf(text: string): string | undefined {
  const [reading] = parseName(text);
  if (!reading || reading.tokens.length < 2) return undefined;
  const words = text.split(/\s+/).filter(Boolean);
  const surname = reading.tokens.find((t) => t.role === 'surname' && !t.initial);
  if (!surname) return undefined;
  return words.find((w) => w.toLowerCase().replace(/[^\p{L}'-]/gu, '') === surname.text);
}

/** Drops the middle letter: a typo that keeps both ends of the word, as most typos do. */
function dropMiddle(word: string): string {
  const letters = [...word];
  const i = Math.floor(letters.length / 2);
  return [...letters.slice(0, i), ...letters.slice(i + 1)].join('');
}

const LATIN = /^[\p{Script=Latin}'’-]+$/u;
// A different given name of each gender and script, none of them a form of a name in the set's pairs.
const OTHER_GIVEN: Record<'m' | 'f', { latin: string; cyrillic: string }> = {
  m: { latin: 'Vadim', cyrillic: 'Вадзім' },
  f: { latin: 'Larysa', cyrillic: 'Ларыса' },
};

export function deriveQueries(
  queries: readonly LabelledQuery[],
  genderOf: (id: string) => 'm' | 'f' | undefined,
  kind: DerivedKind,
): LabelledQuery[] {
  const out: LabelledQuery[] = [];
  const seen = new Set<string>();
  for (const q of queries) {
    const surname = surnameOf(q.text);
    if (!surname || [...surname].length < 4) continue;
    let text: string;
    if (kind === 'surname alone') text = surname;
    else if (kind === 'surname, one letter dropped') text = dropMiddle(surname);
    else {
      const gender = genderOf(q.expected);
      if (!gender) continue;
      text = `${LATIN.test(surname) ? OTHER_GIVEN[gender].latin : OTHER_GIVEN[gender].cyrillic} ${surname}`;
    }
    const key = `${q.expected}|${text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text, expected: q.expected });
  }
  return out;
}
