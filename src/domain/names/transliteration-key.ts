import { parseName } from './name-parser.ts';

/**
 * The transliteration-invariant form of a whole name, word by word in written order: Алесь Бяляцкі,
 * Ales Bialiatski and Aleś Bialacki come out (nearly) the same. For display in tools and for storing
 * beside a record; matching itself uses the index.
 */
export function transliterationKey(text: string, lang?: string): string {
  const [first] = parseName(text, lang);
  return first ? first.tokens.map((t) => t.phonetic).join(' ') : '';
}
