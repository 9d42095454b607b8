/**
 * What a person typed when looking for someone, checked before it reaches the name engine: made
 * clean (invisible marks, runs of spaces) or refused with a reason the bot turns into a short,
 * helpful answer. Nothing here is stored; a refused text goes nowhere.
 */

/** Longest name query accepted: longer than any real name with a birth year and a town. */
export const MAX_NAME_QUERY = 120;
/** More words than a full name, a patronymic, a year and "from <town>" together. */
const MAX_WORDS = 8;

/** Scripts named in the answer; the register is written in Cyrillic and Latin letters only. */
export type ForeignScript =
  'arabic' | 'chinese' | 'japanese' | 'korean' | 'hebrew' | 'greek' | 'georgian' | 'armenian' | 'devanagari' | 'other';

export type NameQueryProblem =
  | { reason: 'empty' }
  | { reason: 'too_long'; max: number }
  | { reason: 'emoji_only' }
  | { reason: 'no_letters' }
  | { reason: 'script'; script: ForeignScript }
  | { reason: 'too_many_words'; max: number }
  | { reason: 'not_a_name' };

export type NameQuery = { ok: true; name: string } | { ok: false; problem: NameQueryProblem };

// Zero-width characters, bidi marks and isolates, the soft hyphen, the BOM, variation selectors:
// invisible, but they make two identical-looking names differ and can flip how a reply is shown.
const INVISIBLE =
  /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\p{Variation_Selector}]|\p{Cc}/gu;
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Emoji_Component}\s]/gu;
const LETTER = /\p{L}/u;
const OUR_LETTER = /[\p{Script=Cyrillic}\p{Script=Latin}]/u;

const SCRIPTS: readonly [ForeignScript, RegExp][] = [
  ['arabic', /\p{Script=Arabic}/u],
  ['chinese', /\p{Script=Han}/u],
  ['japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['korean', /\p{Script=Hangul}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['greek', /\p{Script=Greek}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
];

// Names carry letters, spaces, apostrophes, hyphens, dots (initials), commas ("Surname, Given"),
// brackets ("Name (Other spelling)"), a list number and a birth year or date.
const NAME_CHARACTER = /^[\p{L}\p{M}\d '’ʼ`.,()[\]\-–—/]$/u;
const SQL_LIKE =
  /\b(select|insert|update|delete|drop|union|alter|truncate|create)\b.*\b(from|into|table|set|select|where|database)\b/i;
// Digits only as a list number, a birth year or a date: a phone number or an id is not a name.
const STRAY_DIGITS = /\d{5,}|\p{L}\d|\d\p{L}/u;

/** Cleans a typed name, or says why it cannot be one. */
export function readNameQuery(text: string): NameQuery {
  // Line breaks and tabs separate words; other control characters are dropped.
  const visible = text
    .normalize('NFC')
    .replace(/[\t\n\r\v\f\u0085\u2028\u2029]/g, ' ')
    .replace(INVISIBLE, '');
  const name = visible.replace(/\s+/gu, ' ').trim();
  if (name === '') return refuse({ reason: 'empty' });
  if (name.length > MAX_NAME_QUERY) return refuse({ reason: 'too_long', max: MAX_NAME_QUERY });
  if (!LETTER.test(name))
    return refuse(
      name.replace(EMOJI_PART, '') === '' && /\p{Extended_Pictographic}/u.test(name)
        ? { reason: 'emoji_only' }
        : { reason: 'no_letters' },
    );
  const foreign = foreignScript(name);
  if (foreign) return refuse({ reason: 'script', script: foreign });
  if (SQL_LIKE.test(name) || STRAY_DIGITS.test(name) || /https?:|www\.|@/i.test(name))
    return refuse({ reason: 'not_a_name' });
  if (![...name].every((ch) => NAME_CHARACTER.test(ch))) return refuse({ reason: 'not_a_name' });
  const words = name.split(' ').filter((w) => LETTER.test(w));
  if (words.length > MAX_WORDS) return refuse({ reason: 'too_many_words', max: MAX_WORDS });
  if ([...name].filter((ch) => LETTER.test(ch)).length < 2) return refuse({ reason: 'no_letters' });
  return { ok: true, name };
}

/**
 * The main script of letters that are neither Cyrillic nor Latin, when they are at least half of
 * the letters; a stray look-alike letter in a Latin or Cyrillic name is left to the name engine.
 */
function foreignScript(name: string): ForeignScript | undefined {
  const letters = [...name].filter((ch) => LETTER.test(ch));
  const foreign = letters.filter((ch) => !OUR_LETTER.test(ch));
  if (foreign.length === 0 || foreign.length * 2 < letters.length) return undefined;
  const counts = new Map<ForeignScript, number>();
  for (const ch of foreign) {
    const script = SCRIPTS.find(([, pattern]) => pattern.test(ch))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function refuse(problem: NameQueryProblem): NameQuery {
  return { ok: false, problem };
}
