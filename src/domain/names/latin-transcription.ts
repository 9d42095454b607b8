import { isConsonant, isVowel } from './phonetic-alphabet.ts';
import { stripDiacritics } from './text-cleanup.ts';

/**
 * What a whole name tells about the romanisation it was written in. One word alone often cannot
 * tell (Tichanovski), but its neighbour can (Sergej: j for й is not English).
 */
export interface LatinScheme {
  /** "ch" is х (Polish, Czech, German, Dutch, Łacinka) rather than ч (English). */
  chIsKh: boolean;
  /** "sj" is ш and "zj" is ж (Dutch: Loekasjenko, Statkevitsj). */
  dutch: boolean;
  /** "rz" is ж (Polish: Andrzej). */
  polish: boolean;
  /** "z" is ц (German: Bjaljazki). */
  german: boolean;
}

const POLISH_MARKS = /[łżśćńąęó]|cz|sz|rz/;
const LACINKA_OR_CZECH = /[čšžŭěř]/;
const GERMAN_MARKS = /sch/;
const DUTCH_MARKS = /tsj|oe|zj|sj[eiou]/;

export function detectLatinScheme(words: readonly string[], lang?: string): LatinScheme {
  const text = words.join(' ');
  const tag = lang?.toLowerCase().split('-')[0];
  const dutch = tag === 'nl' || DUTCH_MARKS.test(text);
  const polish = tag === 'pl' || POLISH_MARKS.test(text);
  const german = tag === 'de' || GERMAN_MARKS.test(text);
  const nonEnglish =
    dutch || polish || german || LACINKA_OR_CZECH.test(text) || /w/.test(text) || /j(?!a|e|o|u)|[^dz]j/.test(text);
  const english = tag === 'en' || /kh|zh|sh/.test(text);
  return { chIsKh: nonEnglish && !english, dutch, polish, german };
}

type Rule = readonly [pattern: string, sound: string | ((s: LatinScheme) => string)];

// Longest first: the first rule whose pattern starts at the current position wins.
const RULES: readonly Rule[] = [
  ['schtsch', 'SC'],
  ['sjtsj', 'SC'],
  ['szcz', 'SC'],
  ['shch', 'SC'],
  ['šč', 'SC'],
  ['tsch', 'C'],
  ['tsj', 'C'],
  ['tch', 'C'],
  ['dzh', 'J'],
  ['dzj', 'J'],
  ['dž', 'J'],
  ['dż', 'J'],
  ['dź', "D'"],
  ['dz', 'D'],
  ['sch', 'S'],
  ['cz', 'C'],
  ['ch', (s) => (s.chIsKh ? 'x' : 'C')],
  ['kh', 'x'],
  ['sh', 'S'],
  ['sz', 'S'],
  ['zh', 'Z'],
  ['sj', (s) => (s.dutch ? 'S' : "s'")],
  ['zj', (s) => (s.dutch ? 'Z' : "z'")],
  ['rz', (s) => (s.polish ? 'Z' : 'rz')],
  ['oe', 'u'],
  ['ts', 'c'],
  ['tz', 'c'],
  ['ph', 'f'],
  ['th', 't'],
  ['gh', 'g'],
  ['č', 'C'],
  ['š', 'S'],
  ['ž', 'Z'],
  ['ż', 'Z'],
  ['ś', "s'"],
  ['ć', "c'"],
  ['ź', "z'"],
  ['ń', "n'"],
  ['ñ', "n'"],
  ['ó', 'u'],
  ['ł', 'l'],
  ['ş', 'S'],
  ['ș', 'S'],
  ['ţ', 'c'],
  ['ț', 'c'],
  ['ç', 'C'],
  ['ğ', ''],
  ['ļ', "l'"],
  ['ņ', "n'"],
  ['ķ', "k'"],
  ['ģ', "g'"],
  ['đ', "J'"],
  ['ŭ', 'w'],
  ['ř', 'rZ'],
  ['ě', "'e"],
  ['x', 'ks'],
  ['q', 'k'],
  ['w', 'v'],
  ['h', 'g'],
  ['z', (s) => (s.german ? 'c' : 'z')],
  ["'", "'"],
];

const PLAIN: Readonly<Record<string, string>> = {
  a: 'a',
  b: 'b',
  c: 'c',
  d: 'd',
  e: 'e',
  f: 'f',
  g: 'g',
  i: 'i',
  j: 'j',
  k: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
  o: 'o',
  p: 'p',
  r: 'r',
  s: 's',
  t: 't',
  u: 'u',
  v: 'v',
  y: 'y',
};

const SOFTENING = new Set(['i', 'j', 'y']);
const VOWEL_LETTERS = /[aeiouyąęóáéíúýàèìòùâêîôûäëïöüėūųįı]/;

function isVowelLetter(ch: string | undefined): boolean {
  return ch !== undefined && VOWEL_LETTERS.test(ch);
}

/** Sound of one plain letter that depends on its neighbours (i/j/y as softness or glide, u as ў). */
function contextualSound(ch: string, prevSound: string | undefined, next: string | undefined): string | undefined {
  if (SOFTENING.has(ch)) {
    // "ia", "ja", "ya" after a consonant is я (Bialiatski, Bjaljacki, Belyatsky); at the start it is "ja".
    if (next !== undefined && isVowelLetter(next) && next !== 'i' && !(ch === 'i' && next === 'y')) {
      return isConsonant(prevSound) ? "'" : 'j';
    }
    // "ai", "ei", "ay", "ej" at a word end or before a consonant is й (Mikalai, Siarhei, Andrey, Sergej).
    if (
      (ch === 'i' || ch === 'y') &&
      isVowel(prevSound) &&
      prevSound !== 'i' &&
      prevSound !== 'y' &&
      !isVowelLetter(next)
    )
      return 'j';
    return undefined;
  }
  // "u" after a vowel and not before one is ў (Kazlou, Yauhen, Autukhovich, Tsikhanouski).
  if (ch === 'u' && isVowel(prevSound) && !isVowelLetter(next)) return 'w';
  // "e" after a vowel sounds with й, as Cyrillic е there does (Andreeva = Андреева, Moiseev).
  if (ch === 'e' && isVowel(prevSound) && prevSound !== 'i' && prevSound !== 'y') return 'je';
  return undefined;
}

export function transcribeLatin(word: string, scheme: LatinScheme): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const rule = RULES.find(([pattern]) => word.startsWith(pattern, i));
    if (rule) {
      const [pattern, sound] = rule;
      // A final "-ich" / "-ch" is ч in every scheme that writes ч as "ch" there (-ovich, -evich).
      const finalCh = pattern === 'ch' && i + 2 === word.length;
      out += finalCh ? 'C' : typeof sound === 'string' ? sound : sound(scheme);
      i += pattern.length;
      continue;
    }
    const raw = word[i]!;
    const base = PLAIN[raw] !== undefined ? raw : stripDiacritics(raw);
    const next = word[i + 1];
    const special = base.length === 1 ? contextualSound(base, out[out.length - 1], next) : undefined;
    out += special ?? (raw === 'ë' ? "'o" : (PLAIN[base] ?? ''));
    i++;
  }
  return out;
}
