/** Greek-script spellings (Αλές Μπιαλιάτσκι) appear in Greek and Cypriot news. */
// μπ ντ γκ are b d g at the start of a word or after a consonant, mb nd ng after a vowel (Μπιαλιάτσκι, Αλεξάντερ).
const NASAL: Readonly<Record<string, readonly [string, string]>> = {
  μπ: ['b', 'mb'],
  ντ: ['d', 'nd'],
  γκ: ['g', 'ng'],
};
const DIGRAPHS: readonly (readonly [string, string])[] = [
  ['γγ', 'ng'],
  ['ου', 'u'],
  ['αι', 'e'],
  ['ει', 'i'],
  ['οι', 'i'],
  ['τσ', 'c'],
  ['τζ', 'J'],
];
const LETTERS: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 't',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'ks',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'i',
  φ: 'f',
  χ: 'x',
  ψ: 'ps',
  ω: 'o',
};

export function transcribeGreek(word: string): string {
  // Accents (ά, έ, ί) carry stress only.
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    const nasal = NASAL[plain.slice(i, i + 2)];
    if (nasal) {
      out += /[aeiou]$/.test(out) ? nasal[1] : nasal[0];
      i++;
      continue;
    }
    // γι before a vowel is the glide й (Τσιχανόουσκαγια = Tsikhanouskaya).
    if (plain.startsWith('γι', i) && 'αεοου'.includes(plain[i + 2] ?? '')) {
      out += 'j';
      i++;
      continue;
    }
    const pair = DIGRAPHS.find(([d]) => plain.startsWith(d, i));
    if (pair) {
      out += pair[1];
      i++;
    } else out += LETTERS[plain[i]!] ?? '';
  }
  // ι before a vowel after a consonant softens it, as я / ia do (Μπιαλιάτσκι = Bialiatski).
  return out.replace(/([^aeiou])i(?=[aeou])/g, "$1'");
}
