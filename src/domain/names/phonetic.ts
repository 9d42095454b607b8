import { transcribeArabic } from './arabic-transcription.ts';
import { transcribeCyrillic } from './cyrillic-transcription.ts';
import { transcribeGreek } from './greek-transcription.ts';
import type { LatinScheme } from './latin-transcription.ts';
import { transcribeLatin } from './latin-transcription.ts';
import { canonicalEnding, collapseDoubles } from './phonetic-alphabet.ts';
import { scriptOf } from './text-cleanup.ts';

/**
 * The transliteration-invariant form of one lower-case word: Алесь, Ales, Aleś and Ales' all give
 * "al'es"; Ціханоўскі and Tsikhanouski give "cixanowski". See phonetic-alphabet.ts for the letters.
 */
export function transcribeWord(word: string, scheme: LatinScheme): string {
  const script = scriptOf(word);
  const raw =
    script === 'cyrillic'
      ? transcribeCyrillic(word)
      : script === 'arabic'
        ? transcribeArabic(word)
        : script === 'greek'
          ? transcribeGreek(word)
          : transcribeLatin(word, scheme);
  return canonicalEnding(collapseDoubles(raw.replace(/^'+/, '')));
}
