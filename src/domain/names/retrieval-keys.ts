import type { NameToken } from './name-token.ts';

// A coarse consonant outline for finding candidates: vowels, softness and в/ў dropped; г/х, д/дз,
// т/ц, с/з and the hushing sounds each merged, so romanisations and Belarusian/Russian forms of a
// word share an outline. Scoring later tells them apart again.
const OUTLINE: Readonly<Record<string, string>> = {
  g: 'g', x: 'g', d: 'd', D: 'd', t: 't', c: 't', s: 's', z: 's', S: 'S', Z: 'S', C: 'S', J: 'S',
  b: 'b', p: 'p', f: 'f', k: 'k', l: 'l', m: 'm', n: 'n', r: 'r',
};

export function outline(phonetic: string): string {
  let out = '';
  for (const ch of phonetic) {
    const o = OUTLINE[ch];
    if (o !== undefined && out[out.length - 1] !== o) out += o;
  }
  return out;
}

/**
 * The outline and every outline with one sound deleted (the symmetric-deletion trick): two words
 * share a key when their outlines are at most one edit apart on each side, which covers typos and
 * the romanisation differences the outline does not merge.
 */
export function outlineKeys(phonetic: string): string[] {
  const base = outline(phonetic);
  if (base.length < 2) return [];
  const keys = new Set([base]);
  if (base.length >= 3) for (let i = 0; i < base.length; i++) keys.add(base.slice(0, i) + base.slice(i + 1));
  return [...keys];
}

/** Keys under which a word is indexed and looked up; initials have none. */
export function tokenKeys(token: NameToken): string[] {
  if (token.initial) return [];
  const keys = new Set<string>();
  for (const form of [...token.forms, ...token.parts]) for (const key of outlineKeys(form)) keys.add(key);
  return [...keys];
}
