import { isConsonant } from './phonetic-alphabet.ts';

/** Belarusian, Russian, Ukrainian (and Bulgarian, Serbian) letters in one table (see phonetic-alphabet.ts). */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  ж: 'Z',
  з: 'z',
  и: 'i',
  і: 'i',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'w',
  ф: 'f',
  х: 'x',
  ц: 'c',
  ч: 'C',
  ш: 'S',
  щ: 'SC',
  ы: 'y',
  э: 'e',
  ъ: '',
  ь: "'",
  ј: 'j',
  ѕ: 's',
  // Serbian and Macedonian letters, which Balkan news use for Belarusian names.
  љ: "l'",
  њ: "n'",
  ћ: "C'",
  ђ: "J'",
  џ: 'J',
  ќ: "k'",
  ѓ: "g'",
};

/** Vowel letters that soften the consonant before them, or sound with й after a vowel or at the start. */
const IOTATED: Readonly<Record<string, string>> = { я: 'a', е: 'e', ё: 'o', ю: 'u', є: 'e', ї: 'i' };

export function transcribeCyrillic(word: string): string {
  let out = '';
  // An apostrophe (Мар'я, сям'я) or a hard sign makes the next iotated vowel sound with й.
  let afterSeparator = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const next = word[i + 1];
    if (ch === "'" || ch === 'ъ') {
      afterSeparator = true;
      continue;
    }
    if (ch === 'д' && (next === 'з' || next === 'ж')) {
      out += next === 'з' ? 'D' : 'J';
      i++;
    } else if (ch in IOTATED) {
      const vowel = IOTATED[ch]!;
      const prev = out[out.length - 1];
      out +=
        ch !== 'ї' && !afterSeparator && (isConsonant(prev) || prev === "'")
          ? prev === "'"
            ? vowel
            : `'${vowel}`
          : `j${vowel}`;
    } else {
      out += LETTERS[ch] ?? '';
    }
    afterSeparator = false;
  }
  return out;
}
