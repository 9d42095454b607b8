/**
 * Gendered surname endings, read from the phonetic form. The masculine and feminine forms of one
 * surname belong to different people (Ціханоўскі the husband, Ціханоўская the wife), so the gender
 * is kept beside a stem that both forms share.
 */
export type Gender = 'm' | 'f';

export interface SurnameForm {
  /** The surname with its gendered ending reduced to one spelling for both genders. */
  stem: string;
  gender?: Gender;
}

// Order matters: the first ending that fits wins. Each ending is written in phonetic-alphabet.ts.
const ENDINGS: readonly (readonly [ending: RegExp, shared: string, gender: Gender])[] = [
  [/([sc])'?k(?:aja|aa|a)$/, '$1ki', 'f'], // -ская, -skaja, -ska (Polish), -ська
  [/([sc])'?k(?:i|oj)$/, '$1ki', 'm'], // -скі, -ский, -ski, -skoj
  [/([zc])'?k(?:aja|a)$/, '$1ki', 'f'], // -цкая, -зкая
  [/aja$/, 'i', 'f'], // other adjectival: -ая
  [/([^aeiouy'jw])(?:ova|ava|owa)$/, '$1ov', 'f'], // -ова, -ава, -owa
  [/([^aeiouy'w])'?(?:eva|'ava|'ova)$/, "$1'ov", 'f'], // -ева, -ёва, -еева
  [/([^aeiouy'jw])(?:ov|av)$/, '$1ov', 'm'], // -ов, -оў, -au, -ou (ў at the end is already v)
  [/([^aeiouy'w])'?(?:ev|'av|'ov)$/, "$1'ov", 'm'], // -ев, -ёў, -ieu, -еев
  [/([^aeiouy'jw])(?:ina|yna)$/, '$1in', 'f'], // -іна, -ина, -ына
  [/([^aeiouy'jw])(?:in|yn)$/, '$1in', 'm'],
];

export function surnameForm(phonetic: string): SurnameForm {
  for (const [ending, shared, gender] of ENDINGS) {
    if (ending.test(phonetic) && phonetic.length >= 5) return { stem: phonetic.replace(ending, shared), gender };
  }
  return { stem: phonetic };
}

/**
 * Lithuanian and Latvian add a case ending to foreign names (Bialiackis, Znakas, Viktaras, Pavelas;
 * Aleksandrs); the word without it is compared too.
 */
export function withoutLithuanianEnding(phonetic: string): string | undefined {
  if (phonetic.length < 5) return undefined;
  if (/[^aeiouy]is$/.test(phonetic)) return phonetic.slice(0, -1);
  if (/[^aeiouy](?:as|us|ys)$/.test(phonetic)) return phonetic.slice(0, -2);
  if (phonetic.length >= 6 && /[^aeiouy'jwsSzZcC]s$/.test(phonetic)) return phonetic.slice(0, -1);
  return undefined;
}
