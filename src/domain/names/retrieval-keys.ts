import type { NameToken } from './name-token.ts';

// A coarse consonant outline for finding candidates: vowels and softness dropped; в/ў, г/х, д/дз,
// т/ц, с/з and the hushing sounds each merged, so romanisations and Belarusian/Russian forms of a
// word share an outline. Scoring later tells them apart again.
const OUTLINE: Readonly<Record<string, string>> = {
  g: 'g',
  x: 'g',
  d: 'd',
  D: 'd',
  t: 't',
  c: 't',
  s: 's',
  z: 's',
  S: 'S',
  Z: 'S',
  C: 'S',
  J: 'S',
  b: 'b',
  p: 'p',
  f: 'f',
  v: 'v',
  w: 'v',
  k: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
};

export function outline(phonetic: string): string {
  let out = '';
  for (const ch of phonetic) {
    const o = OUTLINE[ch];
    if (o !== undefined && out[out.length - 1] !== o) out += o;
  }
  return out;
}

export interface WordKeys {
  /** The outlines of the word's forms: "=" keys. */
  exact: string[];
  /** The outlines with one sound deleted: "~" keys. */
  near: string[];
}

/**
 * Keys under which a word is indexed: its outlines ("=") and every outline with one sound deleted
 * ("~", the symmetric-deletion trick). Two words whose outlines are one edit apart share a key,
 * which covers typos and the romanisation differences the outline does not merge. Initials have none.
 */
export function wordKeys(token: NameToken): WordKeys {
  const exact = new Set<string>();
  const near = new Set<string>();
  if (token.initial) return { exact: [], near: [] };
  for (const form of [...token.forms, ...token.parts]) {
    const base = outline(form);
    if (base.length < 2) continue;
    exact.add(`=${base}`);
    if (base.length >= 3) for (let i = 0; i < base.length; i++) near.add(`~${base.slice(0, i)}${base.slice(i + 1)}`);
  }
  return { exact: [...exact], near: [...near] };
}

/**
 * Keys to look a query word up by, each with how close a hit is: 3 for the same outline, 2 for a
 * sound more or less on one side (a dropped letter), 1 for one sound changed.
 */
export function lookupKeys(token: NameToken): { key: string; level: number }[] {
  const { exact, near } = wordKeys(token);
  const out: { key: string; level: number }[] = exact.map((key) => ({ key, level: 3 }));
  for (const key of exact) out.push({ key: `~${key.slice(1)}`, level: 2 });
  for (const key of near) out.push({ key: `=${key.slice(1)}`, level: 2 }, { key, level: 1 });
  return out;
}
