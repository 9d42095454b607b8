import type { Agreement, MatchResult, ScoredCandidate } from './decision.ts';
import { applyHints, decide } from './decision.ts';
import type { ParsedName } from './name-parser.ts';
import { parseName } from './name-parser.ts';
import type { NameScore } from './name-score.ts';
import { NO_SCORE, scoreName } from './name-score.ts';
import type { Place } from './place-table.ts';
import { placeAgreement, placeFinder } from './places.ts';
import type { CompiledQuery } from './query-parser.ts';
import { compileQuery } from './query-parser.ts';
import type { NameToken } from './name-token.ts';
import { lookupKeys, wordKeys } from './retrieval-keys.ts';
import { tokenSimilarity } from './token-similarity.ts';

/** One person as the engine sees them: a stable id and every known spelling of the name. */
export interface PersonRecord {
  id: string;
  names: readonly { text: string; lang?: string }[];
  gender?: 'm' | 'f';
  birthYear?: number;
  /** Free text naming a town or region ("Гомель", "Homiel region"), used only with query hints. */
  region?: string;
}

interface IndexedName {
  text: string;
  readings: readonly ParsedName[];
}

interface IndexedPerson {
  record: PersonRecord;
  names: readonly IndexedName[];
  places: readonly Place[];
  keys: readonly string[];
}

export interface SearchOptions {
  /** Most candidates returned; 5 unless given. */
  limit?: number;
}

/** Candidates scored in full per query, chosen by how rare the outline keys they share are. */
const SHORTLIST = 30;
/** Persons with an identical outline for one query word are scored whatever their weight, up to this many. */
const SURE_PER_WORD = 10;
/** Candidates weighing less than this share of the best-weighted one are not scored. */
const SHORTLIST_FLOOR = 0.3;

/**
 * An in-memory index of the register. Building it costs about a tenth of a millisecond per person;
 * keep one per process and call upsert / remove when a record changes.
 */
export class NameIndex {
  private readonly persons = new Map<string, IndexedPerson>();
  private readonly postings = new Map<string, Set<string>>();

  constructor(records: Iterable<PersonRecord> = []) {
    for (const record of records) this.upsert(record);
  }

  get size(): number {
    return this.persons.size;
  }

  has(id: string): boolean {
    return this.persons.has(id);
  }

  upsert(record: PersonRecord): void {
    this.remove(record.id);
    const names = record.names
      .filter((n) => n.text.trim().length > 0)
      .map((n) => ({ text: n.text, readings: parseName(n.text, n.lang) }));
    const keys = new Set<string>();
    for (const name of names) {
      for (const reading of name.readings) {
        for (const t of reading.tokens) {
          const { exact, near } = wordKeys(t);
          for (const k of exact) keys.add(k);
          for (const k of near) keys.add(k);
        }
      }
    }
    const places = record.region ? placeFinder().findInText(record.region) : [];
    this.persons.set(record.id, { record, names, places, keys: [...keys] });
    for (const key of keys) {
      let ids = this.postings.get(key);
      if (!ids) this.postings.set(key, (ids = new Set()));
      ids.add(record.id);
    }
  }

  remove(id: string): void {
    const person = this.persons.get(id);
    if (!person) return;
    for (const key of person.keys) {
      const ids = this.postings.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.postings.delete(key);
    }
    this.persons.delete(id);
  }

  search(query: string | CompiledQuery, options: SearchOptions = {}): MatchResult {
    const compiled = typeof query === 'string' ? compileQuery(query) : query;
    const similarity = cachedSimilarity();
    const scored = this.shortlist(compiled).map((id) => this.scoreCandidate(compiled, this.persons.get(id)!, similarity));
    return decide(scored, compiled.hints, options.limit ?? 5);
  }

  /** Scores one registered person against a query, with no regard to anyone else on the register. */
  score(query: string | CompiledQuery, id: string): ScoredCandidate | undefined {
    const person = this.persons.get(id);
    if (!person) return undefined;
    return this.scoreCandidate(typeof query === 'string' ? compileQuery(query) : query, person, tokenSimilarity);
  }

  /**
   * Persons worth scoring in full, ranked by the rarity of the outline keys they share with the
   * query, an identical outline counting double. A known given name does not fetch candidates when
   * another word of the query can: thousands share "Aliaksandr", few share a surname.
   */
  private shortlist(query: CompiledQuery): string[] {
    const weight = new Map<string, number>();
    const sure = new Set<string>();
    for (const reading of query.readings) {
      for (const token of fetchingWords(reading.tokens)) {
        const hits = this.hits(token);
        if (hits.size === 0) continue;
        const rarity = Math.log(1 + this.persons.size / hits.size);
        let identical = 0;
        for (const [id, level] of hits) {
          weight.set(id, (weight.get(id) ?? 0) + level * rarity);
          if (level === 3 && identical++ < SURE_PER_WORD) sure.add(id);
        }
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

  /** Persons sharing an outline key with the word, with the closest level of any key they share. */
  private hits(token: NameToken): Map<string, number> {
    const level = new Map<string, number>();
    for (const { key, level: l } of lookupKeys(token)) {
      for (const id of this.postings.get(key) ?? []) if ((level.get(id) ?? 0) < l) level.set(id, l);
    }
    return level;
  }

  private scoreCandidate(
    query: CompiledQuery,
    person: IndexedPerson,
    similarity: (a: NameToken, b: NameToken) => number,
  ): ScoredCandidate {
    let best: NameScore = NO_SCORE;
    let bestName = person.names[0]?.text ?? '';
    for (const name of person.names) {
      for (const reading of name.readings) {
        for (const q of query.readings) {
          const s = scoreName(q, reading, similarity);
          if (s.score > best.score) {
            best = s;
            bestName = name.text;
          }
        }
      }
    }
    const birthYear = yearAgreement(query.hints.birthYear, person.record.birthYear);
    const place: Agreement = query.placeDetail ? placeAgreement(query.placeDetail, person.places) : 'unknown';
    return {
      id: person.record.id,
      score: applyHints(best.score, birthYear, place),
      nameScore: best.score,
      name: bestName,
      detail: best,
      birthYear,
      place,
    };
  }
}

function yearAgreement(queryYear: number | undefined, recordYear: number | undefined): Agreement {
  if (queryYear === undefined || recordYear === undefined) return 'unknown';
  return queryYear === recordYear ? 'same' : 'different';
}

/** Word similarity memoised for one query: registered words repeat (given names, shared surnames). */
function cachedSimilarity(): (a: NameToken, b: NameToken) => number {
  const cache = new Map<string, Map<string, number>>();
  return (a, b) => {
    let row = cache.get(a.signature);
    if (!row) cache.set(a.signature, (row = new Map<string, number>()));
    let s = row.get(b.signature);
    if (s === undefined) {
      s = tokenSimilarity(a, b);
      row.set(b.signature, s);
    }
    return s;
  };
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
