import type { ParsedName } from './name-parser.ts';
import type { NameToken } from './name-token.ts';
import { lookupKeys } from './retrieval-keys.ts';

/** Candidates scored in full per query, chosen by how rare the outline keys they share are. */
const SHORTLIST = 30;
/** Persons with an identical outline for one query word are scored whatever their weight, up to this many. */
const SURE_PER_WORD = 10;
/** Candidates weighing less than this share of the best-weighted one are not scored. */
const SHORTLIST_FLOOR = 0.3;

/** Outline keys (retrieval-keys.ts) of every registered word, to find the persons worth scoring. */
export class OutlineIndex {
  private readonly postings = new Map<string, Set<string>>();

  add(id: string, keys: Iterable<string>): void {
    for (const key of keys) {
      let ids = this.postings.get(key);
      if (!ids) this.postings.set(key, (ids = new Set()));
      ids.add(id);
    }
  }

  remove(id: string, keys: Iterable<string>): void {
    for (const key of keys) {
      const ids = this.postings.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.postings.delete(key);
    }
  }

  /**
   * Persons worth scoring in full, ranked by level x rarity of the outline keys they share with the
   * query. A known given name does not fetch candidates when another word of the query can:
   * thousands share "Aliaksandr", few share a surname.
   */
  shortlist(readings: readonly ParsedName[], population: number): string[] {
    const weight = new Map<string, number>();
    const sure = new Set<string>();
    for (const reading of readings) {
      const fetching = fetchingWords(reading.tokens);
      for (const token of fetching) {
        const hits = this.hits(token);
        if (hits.size === 0) continue;
        const rarity = Math.log(1 + population / hits.size);
        let identical = 0;
        for (const [id, level] of hits) {
          weight.set(id, (weight.get(id) ?? 0) + level * rarity);
          if (level === 3 && identical++ < SURE_PER_WORD) sure.add(id);
        }
      }
      // The other words (a common given name) fetch no one but rank those already fetched, so that
      // namesakes sharing the given name too come first and no rival is left out of the shortlist.
      for (const token of reading.tokens) {
        if (!token.initial && !fetching.includes(token)) this.rank(token, weight, population);
      }
    }
    // A changed sound weighs a third of an identical outline; below that, a candidate shares only
    // a common key by chance and scoring it costs time for nothing.
    let top = 0;
    for (const w of weight.values()) if (w > top) top = w;
    const floor = top * SHORTLIST_FLOOR;
    const chosen = [...weight.entries()]
      .filter(([, w]) => w >= floor)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, SHORTLIST)
      .map(([id]) => id);
    for (const id of sure) if (!chosen.includes(id)) chosen.push(id);
    return chosen;
  }

  /** Adds a word's weight to persons already fetched, looking each up rather than reading long posting lists. */
  private rank(token: NameToken, weight: Map<string, number>, population: number): void {
    const lists: [Set<string>, number][] = [];
    let size = 0;
    for (const { key, level } of lookupKeys(token)) {
      const ids = this.postings.get(key);
      if (!ids) continue;
      lists.push([ids, level]);
      size += ids.size;
    }
    if (lists.length === 0) return;
    const rarity = Math.log(1 + population / Math.min(population, size));
    for (const [id, w] of weight) {
      let best = 0;
      for (const [ids, level] of lists) if (level > best && ids.has(id)) best = level;
      if (best > 0) weight.set(id, w + best * rarity);
    }
  }

  /** Persons sharing an outline key with the word, with the closest level of any key they share. */
  private hits(token: NameToken): Map<string, number> {
    const level = new Map<string, number>();
    for (const { key, level: l } of lookupKeys(token)) {
      for (const id of this.postings.get(key) ?? []) if ((level.get(id) ?? 0) < l) level.set(id, l);
    }
    return level;
  }
}

/**
 * The words of a query that fetch candidates: surnames before anything else, since thousands share
 * a given name ("Aliaksandr") or a patronymic and few share a surname.
 */
function fetchingWords(tokens: readonly NameToken[]): NameToken[] {
  const full = tokens.filter((t) => !t.initial);
  const unknown = full.filter((t) => t.given.classes.length === 0);
  const surnames = unknown.filter((t) => t.role !== 'patronymic');
  if (surnames.length > 0) return surnames;
  return unknown.length > 0 ? unknown : full;
}
