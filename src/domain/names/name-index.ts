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
import { tokenKeys } from './retrieval-keys.ts';

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
const SHORTLIST = 40;
/** An outline shared by more persons than this (a common given name) is skipped when another word of the query is rarer. */
const COMMON_KEY = 400;

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
    for (const name of names) for (const reading of name.readings) for (const t of reading.tokens) for (const k of tokenKeys(t)) keys.add(k);
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
    const scored = this.shortlist(compiled).map((id) => this.scoreCandidate(compiled, this.persons.get(id)!));
    return decide(scored, compiled.hints, options.limit ?? 5);
  }

  /** Scores one registered person against a query, with no regard to anyone else on the register. */
  score(query: string | CompiledQuery, id: string): ScoredCandidate | undefined {
    const person = this.persons.get(id);
    if (!person) return undefined;
    return this.scoreCandidate(typeof query === 'string' ? compileQuery(query) : query, person);
  }

  private shortlist(query: CompiledQuery): string[] {
    const words = query.readings.flatMap((r) => r.tokens).map((t) => tokenKeys(t)).filter((k) => k.length > 0);
    const sized = words.map((keys) => ({ keys, size: keys.reduce((sum, k) => sum + (this.postings.get(k)?.size ?? 0), 0) }));
    const hasRare = sized.some((w) => w.size > 0 && w.size <= COMMON_KEY);
    const weight = new Map<string, number>();
    for (const { keys, size } of sized) {
      if (size === 0 || (hasRare && size > COMMON_KEY)) continue;
      const rarity = Math.log(1 + this.persons.size / size);
      const hit = new Set<string>();
      for (const key of keys) for (const id of this.postings.get(key) ?? []) hit.add(id);
      for (const id of hit) weight.set(id, (weight.get(id) ?? 0) + rarity);
    }
    return [...weight.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, SHORTLIST)
      .map(([id]) => id);
  }

  private scoreCandidate(query: CompiledQuery, person: IndexedPerson): ScoredCandidate {
    let best: NameScore = NO_SCORE;
    let bestName = person.names[0]?.text ?? '';
    for (const name of person.names) {
      for (const reading of name.readings) {
        for (const q of query.readings) {
          const s = scoreName(q, reading);
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
