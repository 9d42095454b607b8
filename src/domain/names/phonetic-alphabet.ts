/**
 * The phonetic alphabet every script and romanisation is transcribed into, one ASCII character per
 * sound so that edit distances count sounds, not spelling conventions:
 *
 *   vowels   a e i o u y (y = ы)
 *   glides   j (й, and the iotation of я е ё ю), w (ў, the non-syllabic u of Kazlou / Аўтуховіч)
 *   softness ' (ь, and the palatalisation carried by я е ё ю і after a consonant)
 *   plain    b v g d z k l m n p r s t f
 *   x = х (kh, ch in Polish/German/Czech)   g = г (also h: Belarusian and Ukrainian г is h)
 *   D = дз   J = дж   Z = ж   S = ш   C = ч   c = ц
 */
export const VOWELS = 'aeiouy';

export function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && VOWELS.includes(ch);
}

/** Consonant in the transcription (not a vowel, glide or softness mark). */
export function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && !VOWELS.includes(ch) && ch !== "'" && ch !== 'j' && ch !== 'w';
}

/**
 * Consonants doubled in one spelling and single in another (Sannikov / Саннікаў / Protassewitsch).
 * Vowels stay: a doubled vowel is two sounds (Андреева, Andreeva).
 */
export function collapseDoubles(phonetic: string): string {
  let out = '';
  for (const ch of phonetic) if (out[out.length - 1] !== ch || isVowel(ch)) out += ch;
  return out;
}

/**
 * Word endings that differ only by spelling convention are written one way: -ий / -ый / -i / -y /
 * -ij / -yi (Дзмітры, Dzmitryi, Dmitriy, Tichanovskij, Tsikhanouski) all become "i".
 */
export function canonicalEnding(phonetic: string): string {
  return phonetic.replace(/([^aeiouy'jw])(?:yj|ij|yi|ii|iy|y)$/, '$1i').replace(/([aeo])w$/, '$1v');
}
