import type { GivenNameInfo } from './given-names.ts';
import { givenNameTable, initialSound } from './given-names.ts';
import type { LatinScheme } from './latin-transcription.ts';
import { transcribeWord } from './phonetic.ts';
import type { Gender } from './surname-forms.ts';
import { surnameForm, withoutLithuanianEnding } from './surname-forms.ts';

export type NameRole = 'given' | 'surname' | 'patronymic';

/** One word of a name, with everything the comparison needs computed once. */
export interface NameToken {
  /** The cleaned lower-case word as written. */
  text: string;
  /** An initial ("A." of "A. Bialiackis"): only its first sound is known. */
  initial: boolean;
  /** Phonetic form of the whole word (hyphenated parts joined). */
  phonetic: string;
  /** Phonetic forms to compare: the surname stem, and the stem without a Lithuanian case ending. */
  forms: readonly string[];
  /** Phonetic forms of the parts of a hyphenated word (Hayeuski-Hanada), for retrieval. */
  parts: readonly string[];
  /** Gender told by a surname ending (-ская / -ski), if any. */
  surnameGender?: Gender;
  given: GivenNameInfo;
  /** Ends like a patronymic (-авіч, -овна, -ovich); surnames ending in -ovich exist, so only a hint. */
  patronymicLike: boolean;
  /** Written in capitals among words that are not ("LOIKA Nasta"): the surname, by convention. */
  capitalised: boolean;
  role: NameRole;
  /** Everything the similarity of two words depends on, as one string: equal signatures compare equal. */
  signature: string;
}

const PATRONYMIC = /(?:ov|ev|av|'av|'ev)(?:iC|na)$|(?:iCna|ivna|'iC)$|(?:ov|av|ev)na$|awna$|avna$/;
const FEMALE_PATRONYMIC = /(?:na)$/;

export interface WordInput {
  text: string;
  initial: boolean;
  capitalised: boolean;
}

export function makeToken(word: WordInput, scheme: LatinScheme): NameToken {
  const parts = word.text
    .split('-')
    .filter(Boolean)
    .map((p) => transcribeWord(p, scheme));
  const phonetic = parts.join('');
  const table = givenNameTable();
  if (word.initial) {
    return {
      text: word.text,
      initial: true,
      phonetic,
      forms: [phonetic],
      parts: [],
      given: { classes: [], initials: new Set([initialSound(phonetic)]) },
      patronymicLike: false,
      capitalised: false,
      role: 'given',
      signature: `i:${phonetic}`,
    };
  }
  const first = parts[0] ?? '';
  const surname = surnameForm(parts.length > 1 ? first : phonetic);
  const stem = parts.length > 1 ? [surname.stem, ...parts.slice(1)].join('') : surname.stem;
  const lithuanian = withoutLithuanianEnding(phonetic);
  const forms = [stem];
  if (lithuanian) forms.push(surnameForm(lithuanian).stem);
  // A word with a gendered surname ending (Andreeva, Kazlova) is not a given name with a typo.
  const fuzzy = surname.gender === undefined;
  let given = table.lookup(phonetic, fuzzy);
  if (given.classes.length === 0 && lithuanian) given = table.lookup(lithuanian, fuzzy);
  const patronymicLike = PATRONYMIC.test(phonetic) && phonetic.length >= 7;
  return {
    text: word.text,
    initial: false,
    phonetic,
    forms,
    parts: parts.length > 1 ? parts : [],
    surnameGender: patronymicLike ? undefined : surname.gender,
    given,
    patronymicLike,
    capitalised: word.capitalised,
    role: 'surname',
    signature: `${forms.join('/')}:${patronymicLike ? '' : (surname.gender ?? '')}:${given.classes.join(',')}`,
  };
}

/** Gender told by a patronymic's ending (-аўна / -овна), used like a given name's. */
export function patronymicGender(token: NameToken): Gender | undefined {
  if (!token.patronymicLike) return undefined;
  return FEMALE_PATRONYMIC.test(token.phonetic) ? 'f' : 'm';
}
