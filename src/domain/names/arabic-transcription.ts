/**
 * Arabic-script spellings appear in news (ميكولا ستاتكيفيتش). Short vowels are not written, so the
 * transcription is mostly a consonant outline; long vowels and و / ي come out as u / i, which the
 * distance treats as near o / e.
 */
const LETTERS: Readonly<Record<string, string>> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ى: 'a',
  ة: 'a',
  ء: '',
  ئ: 'i',
  ؤ: 'u',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: 's',
  ج: 'Z',
  چ: 'C',
  ح: 'g',
  خ: 'x',
  د: 'd',
  ذ: 'z',
  ر: 'r',
  ز: 'z',
  ژ: 'Z',
  س: 's',
  ش: 'S',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'g',
  ف: 'f',
  ڤ: 'v',
  ق: 'k',
  ك: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'g',
  و: 'u',
  ي: 'i',
  ی: 'i',
};

export function transcribeArabic(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    // تش is how Arabic writes ч (ستاتكيفيتش = Statkevich).
    if (ch === 'ت' && word[i + 1] === 'ش') {
      out += 'C';
      i++;
      continue;
    }
    out += LETTERS[ch] ?? '';
  }
  return out;
}
