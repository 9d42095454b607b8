import { initialSound } from './given-names.ts';
import type { NameToken } from './name-token.ts';
import { phoneticSimilarity } from './phonetic-distance.ts';

/** An initial that fits says little: "A." fits every Aliaksandr, Andrei and Anatol. */
export const INITIAL_SIMILARITY = 0.9;
/** Two forms of one given name (Zmitser / Dzmitry, Mikola / Nikolai). */
export const SAME_GIVEN_NAME = 0.97;
/** Two different given names that happen to sound alike (Mikalai / Mikita) are kept apart. */
export const OTHER_GIVEN_NAME = 0.4;

function initialFits(initial: NameToken, full: NameToken): boolean {
  const sound = initialSound(initial.phonetic);
  if (full.initial) return sound === initialSound(full.phonetic);
  return sound === initialSound(full.phonetic) || full.given.initials.has(sound);
}

/** Similarities below this are reported as 0: two words that far apart are not the same word. */
export const WORD_FLOOR = 0.5;

/** How alike two words of names are, in [0, 1]; 0 for the two gendered forms of one surname. */
export function tokenSimilarity(a: NameToken, b: NameToken): number {
  if (a.initial || b.initial) {
    const [initial, full] = a.initial ? [a, b] : [b, a];
    return initialFits(initial, full) ? INITIAL_SIMILARITY : 0;
  }
  if (a.surnameGender && b.surnameGender && a.surnameGender !== b.surnameGender) return 0;
  const ca = a.given.classes;
  const cb = b.given.classes;
  if (ca.length > 0 && cb.length > 0) {
    if (a.phonetic === b.phonetic) return 1;
    return ca.some((c) => cb.includes(c)) ? SAME_GIVEN_NAME : OTHER_GIVEN_NAME;
  }
  let sound = 0;
  for (const fa of a.forms) {
    for (const fb of b.forms) {
      sound = Math.max(sound, phoneticSimilarity(fa, fb, WORD_FLOOR));
      const bare = withoutProthesis(fa, fb);
      if (bare) sound = Math.max(sound, phoneticSimilarity(bare[0], bare[1], WORD_FLOOR) - PROTHESIS);
    }
  }
  return sound;
}

/** What a Belarusian prothetic consonant costs: Вусаў / Усов, Вольга / Ольга, Гарэхаў / Арэхаў. */
export const PROTHESIS = 0.04;
const VOWEL = /^[aeiouy]/;
const PROTHETIC = /^(?:v|w|g)'?(?=[aeiouy])/;

/**
 * Belarusian puts В or Г before a word-initial vowel that Russian and most romanisations leave bare.
 * When one form starts with such a consonant before a vowel and the other with a vowel, the pair to
 * compare is the one without it; otherwise undefined.
 */
function withoutProthesis(a: string, b: string): [string, string] | undefined {
  const pa = PROTHETIC.exec(a);
  if (pa && VOWEL.test(b)) return [a.slice(pa[0].length), b];
  const pb = PROTHETIC.exec(b);
  if (pb && VOWEL.test(a)) return [a, b.slice(pb[0].length)];
  return undefined;
}

/** Word similarity memoised for one query: registered words repeat (given names, shared surnames). */
export function memoisedSimilarity(): (a: NameToken, b: NameToken) => number {
  const cache = new Map<string, Map<string, number>>();
  return (a, b) => {
    let row = cache.get(a.signature);
    if (!row) cache.set(a.signature, (row = new Map<string, number>()));
    let s = row.get(b.signature);
    if (s === undefined) {
      s = tokenSimilarity(a, b);
      row.set(b.signature, s);
    }
    return s;
  };
}
