import type { OtherNameKind } from '../other-names.ts';
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
import { OutlineIndex } from './outline-index.ts';
import { wordKeys } from './retrieval-keys.ts';
import { memoisedSimilarity, tokenSimilarity, WORD_FLOOR } from './token-similarity.ts';

/** One person as the engine sees them: a stable id and every known spelling of the name. */
export interface PersonRecord {
  id: string;
  /** `kind` marks a name other than the main one (maiden, pseudonym …): the match says it was that name. */
  names: readonly { text: string; lang?: string; kind?: OtherNameKind }[];
  gender?: 'm' | 'f';
  birthYear?: number;
  /** Free text naming a town or region ("Гомель", "Homiel region"), used only with query hints. */
  region?: string;
}

interface IndexedName {
  text: string;
  kind?: OtherNameKind;
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

/**
 * An in-memory index of the register. Building it costs about 0.15 to 0.25 ms per person with
 * three names; keep one per process and call upsert / remove when a record changes.
 */
export class NameIndex {
  private readonly persons = new Map<string, IndexedPerson>();
  private readonly outlines = new OutlineIndex();

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
      .map((n) => ({ text: n.text, kind: n.kind, readings: parseName(n.text, n.lang) }));
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
    this.outlines.add(record.id, keys);
  }

  remove(id: string): void {
    const person = this.persons.get(id);
    if (!person) return;
    this.outlines.remove(id, person.keys);
    this.persons.delete(id);
  }

  search(query: string | CompiledQuery, options: SearchOptions = {}): MatchResult {
    const compiled = typeof query === 'string' ? compileQuery(query) : query;
    const similarity = memoisedSimilarity();
    const shortlist = this.outlines.shortlist(compiled.readings, this.persons.size);
    const scored = shortlist.map((id) => this.scoreCandidate(compiled, this.persons.get(id)!, similarity));
    return decide(scored, compiled.hints, options.limit ?? 5);
  }

  /** Scores one registered person against a query, with no regard to anyone else on the register. */
  score(query: string | CompiledQuery, id: string): ScoredCandidate | undefined {
    const person = this.persons.get(id);
    if (!person) return undefined;
    return this.scoreCandidate(typeof query === 'string' ? compileQuery(query) : query, person, tokenSimilarity);
  }

  private scoreCandidate(
    query: CompiledQuery,
    person: IndexedPerson,
    similarity: (a: NameToken, b: NameToken) => number,
  ): ScoredCandidate {
    let best: NameScore = NO_SCORE;
    let bestName = person.names[0]?.text ?? '';
    let bestKind: OtherNameKind | undefined;
    for (const name of resemblesAny(query, person, similarity) ? person.names : []) {
      for (const reading of name.readings) {
        for (const q of query.readings) {
          const s = scoreName(q, reading, similarity);
          if (s.score > best.score) {
            best = s;
            bestName = name.text;
            bestKind = name.kind;
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
      ...(bestKind ? { kind: bestKind } : {}),
      detail: best,
      birthYear,
      place,
    };
  }
}

/**
 * Whether some surname-like word of the query resembles some word of the person's names at all.
 * If none does, every such word goes unmatched and the score stays under the candidate threshold
 * (the given name alone weighs 0.6 of 1.6), so the full alignment is skipped.
 */
function resemblesAny(
  query: CompiledQuery,
  person: IndexedPerson,
  similarity: (a: NameToken, b: NameToken) => number,
): boolean {
  let asked = false;
  for (const q of query.readings) {
    for (const qt of q.tokens) {
      if (qt.initial || qt.role === 'patronymic' || qt.given.classes.length > 0) continue;
      asked = true;
      for (const name of person.names) {
        for (const reading of name.readings) {
          for (const nt of reading.tokens)
            if (nt.role !== 'patronymic' && similarity(qt, nt) >= WORD_FLOOR) return true;
        }
      }
    }
  }
  return !asked;
}

function yearAgreement(queryYear: number | undefined, recordYear: number | undefined): Agreement {
  if (queryYear === undefined || recordYear === undefined) return 'unknown';
  return queryYear === recordYear ? 'same' : 'different';
}
