/**
 * Unicode cleanup before a name is split into words: compatibility forms folded, stress and other
 * combining marks dropped (after composing the letters whose marks carry meaning: й ў ё č š ž ŭ ...),
 * quotes unified, and letters of the wrong script inside a word repaired.
 */

// Real sources paste Cyrillic і/о/а into Latin words and Latin i/o/a into Cyrillic ones; only
// letters that look the same in both scripts can be swapped safely.
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  к: 'k',
};
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
  I: 'І',
  J: 'Ј',
  S: 'Ѕ',
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  y: 'у',
  x: 'х',
  i: 'і',
  k: 'к',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;
const GREEK = /\p{Script=Greek}/u;

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'greek' | 'other';

export function scriptOf(word: string): Script {
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let greek = 0;
  for (const ch of word) {
    if (CYRILLIC.test(ch)) cyrillic++;
    else if (LATIN.test(ch)) latin++;
    else if (ARABIC.test(ch)) arabic++;
    else if (GREEK.test(ch)) greek++;
  }
  if (arabic > latin && arabic > cyrillic) return 'arabic';
  if (greek > latin && greek > cyrillic) return 'greek';
  if (cyrillic > latin) return 'cyrillic';
  if (latin > 0) return 'latin';
  return cyrillic > 0 ? 'cyrillic' : 'other';
}

/** Rewrites look-alike letters of the minority script in one word into the word's main script. */
export function repairMixedScript(word: string): string {
  const script = scriptOf(word);
  if (script === 'cyrillic')
    return [...word].map((ch) => (LATIN.test(ch) ? (LATIN_TO_CYRILLIC[ch] ?? ch) : ch)).join('');
  if (script === 'latin')
    return [...word].map((ch) => (CYRILLIC.test(ch) ? (CYRILLIC_TO_LATIN[ch] ?? ch) : ch)).join('');
  return word;
}

const APOSTROPHES = /[\u2019\u2018\u02BC\u02B9\u0060\u00B4\u2032]/g;
const DOUBLE_QUOTES = /[\u00AB\u00BB\u201C\u201D\u201E\u201F"]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const COMBINING = /\p{M}/gu;

/** NFKC plus the punctuation variants real sources use for one and the same thing. */
export function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, ' ')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Drops combining marks that survive NFC (stress marks on Cyrillic vowels, which never compose),
 * keeping the precomposed letters whose marks tell sounds apart.
 */
export function dropStrayMarks(word: string): string {
  return word.normalize('NFC').replace(COMBINING, '');
}

/** Base letter of a precomposed Latin letter the transcription tables do not know. */
export function stripDiacritics(ch: string): string {
  return ch.normalize('NFD').replace(COMBINING, '');
}
