import { NameIndex, parseName, transliterationKey } from '../../../src/domain/names/index.ts';
import type { PersonRecord } from '../../../src/domain/names/index.ts';
import { phoneticSimilarity } from '../../../src/domain/names/phonetic-distance.ts';
import { tokenSimilarity } from '../../../src/domain/names/token-similarity.ts';

/** Similarity of the first word of two one-word names. */
export function wordSimilarity(a: string, b: string): number {
  const [x] = parseName(a);
  const [y] = parseName(b);
  return tokenSimilarity(x!.tokens[0]!, y!.tokens[0]!);
}

export function soundSimilarity(a: string, b: string): number {
  return phoneticSimilarity(transliterationKey(a), transliterationKey(b));
}

export function person(id: string, ...names: string[]): PersonRecord {
  return { id, names: names.map((text) => ({ text })) };
}

export function indexOf(...records: PersonRecord[]): NameIndex {
  return new NameIndex(records);
}
