/**
 * The name identity engine: recognises one person across scripts, languages and romanisations.
 *
 *   const index = new NameIndex(records);          // PersonRecord: { id, names: [{ text, lang? }], gender?, birthYear?, region? }
 *   index.upsert(record); index.remove(id);        // keep it fresh when the register changes
 *   const result = index.search('Dzmitry Kazlou 1985', { limit: 5 });
 *   // result.decision: 'match'     safe to act on with no human (one person, full name, no rival)
 *   //                  'ambiguous' show result.candidates (best first) and let a person choose
 *   //                  'none'      nobody close enough: offer a pending follow
 *   // result.candidates: [{ id, score in [0, 1], name }]; result.hints: { birthYear?, place? }
 *
 * A query can be compiled once (`compileQuery`) and kept, e.g. for a pending follow: when a new
 * person is added, `index.search(compiled)` tells whether the follow now matches, namesakes and all;
 * `index.score(compiled, id)` scores one person alone. `matchOne` does the same with a one-person
 * index for a caller that has no index at hand.
 *
 * Everything here is pure and synchronous: no I/O, no clock. How it works: docs/matching.md.
 */
import type { MatchResult } from './decision.ts';
import type { PersonRecord } from './name-index.ts';
import { NameIndex } from './name-index.ts';

export { NameIndex } from './name-index.ts';
export type { PersonRecord, SearchOptions } from './name-index.ts';
export { THRESHOLDS } from './decision.ts';
export type { Decision, MatchResult, ScoredCandidate, Agreement } from './decision.ts';
export { compileQuery } from './query-parser.ts';
export type { CompiledQuery, QueryHints } from './query-parser.ts';
export { parseName } from './name-parser.ts';
export type { ParsedName } from './name-parser.ts';
export { transliterationKey } from './transliteration-key.ts';

/** Runs a query against one person only; `match` then means "this is that person" in isolation. */
export function matchOne(query: string, record: PersonRecord): MatchResult {
  return new NameIndex([record]).search(query, { limit: 1 });
}
