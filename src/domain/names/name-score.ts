import type { ParsedName } from './name-parser.ts';
import type { NameRole, NameToken } from './name-token.ts';
import { tokenSimilarity, WORD_FLOOR } from './token-similarity.ts';

/** How much each word of a registered name counts: the surname most, the patronymic least. */
const WEIGHT: Readonly<Record<NameRole, number>> = { surname: 1, given: 0.6, patronymic: 0.25 };
/** Below this two words are not taken as the same word at all. */
const PAIR_FLOOR = WORD_FLOOR;
/** Words of the query that match nothing in the name: an unknown word costs more than an initial. */
const UNMATCHED_WORD = 0.8;
const UNMATCHED_PATRONYMIC = 0.95;
const UNMATCHED_INITIAL = 0.97;
const MAX_WORDS = 6;

export interface NameScore {
  score: number;
  /** Best similarity of a query word to the name's surname (0 if none was matched). */
  surname: number;
  /** Best similarity of a query word to the name's given name (0 if none was matched). */
  given: number;
  /** The given name was matched only by an initial. */
  givenByInitial: boolean;
}

export const NO_SCORE: NameScore = { score: 0, surname: 0, given: 0, givenByInitial: false };

/**
 * Aligns the query's words with the name's words in whatever order (each word used once) so that
 * the weighted similarity is highest, then scales it by what the name has that the query did not
 * match and by the query's words that matched nothing.
 */
export function scoreName(
  query: ParsedName,
  name: ParsedName,
  similarity: (a: NameToken, b: NameToken) => number = tokenSimilarity,
): NameScore {
  const q = query.tokens.length > MAX_WORDS ? query.tokens.slice(0, MAX_WORDS) : query.tokens;
  const n = name.tokens.length > MAX_WORDS ? name.tokens.slice(0, MAX_WORDS) : name.tokens;
  if (q.length === 0 || n.length === 0) return NO_SCORE;
  const sim: number[][] = [];
  for (const qt of q) {
    const row: number[] = [];
    for (const nt of n) row.push(comparable(qt, nt) ? similarity(qt, nt) : 0);
    sim.push(row);
  }
  const weights = n.map((t) => WEIGHT[t.role]);
  const state: Alignment = {
    sim,
    weights,
    used: n.map(() => false),
    pick: q.map(() => -1),
    bestValue: -1,
    bestPick: [],
  };
  align(state, 0, 0);
  return summarise(q, n, sim, state.bestPick, state.bestValue);
}

/**
 * Pairs that are never the same word, skipped without comparing: a registered patronymic and a
 * query word not read as one (the query's given name or surname is never the father's name), and
 * a known given name in the query and a registered surname that is no given name.
 */
function comparable(qt: NameToken, nt: NameToken): boolean {
  if (nt.role === 'patronymic') return qt.role === 'patronymic' || qt.initial;
  if (nt.role === 'surname' && !nt.initial && nt.given.classes.length === 0) return qt.given.classes.length === 0;
  return true;
}

interface Alignment {
  sim: number[][];
  weights: number[];
  used: boolean[];
  pick: number[];
  bestValue: number;
  bestPick: number[];
}

/** Exhaustive search over one-to-one alignments (names have at most a handful of words). */
function align(a: Alignment, i: number, value: number): void {
  if (i === a.pick.length) {
    if (value > a.bestValue) {
      a.bestValue = value;
      a.bestPick = [...a.pick];
    }
    return;
  }
  const row = a.sim[i]!;
  for (let j = 0; j < row.length; j++) {
    const s = row[j]!;
    if (a.used[j] || s < PAIR_FLOOR) continue;
    a.used[j] = true;
    a.pick[i] = j;
    align(a, i + 1, value + a.weights[j]! * s);
    a.used[j] = false;
  }
  a.pick[i] = -1;
  align(a, i + 1, value);
}

function summarise(
  q: readonly NameToken[],
  n: readonly NameToken[],
  sim: number[][],
  pick: number[],
  value: number,
): NameScore {
  const queryHasPatronymic = q.some((t) => t.role === 'patronymic');
  let scale = 0;
  for (const t of n) if (t.role !== 'patronymic' || queryHasPatronymic) scale += WEIGHT[t.role];
  let score = scale > 0 ? value / scale : 0;
  let surname = 0;
  let given = 0;
  let givenByInitial = false;
  pick.forEach((j, i) => {
    const qt = q[i]!;
    if (j < 0) {
      score *= qt.initial ? UNMATCHED_INITIAL : qt.role === 'patronymic' ? UNMATCHED_PATRONYMIC : UNMATCHED_WORD;
      return;
    }
    const s = sim[i]![j]!;
    const role = n[j]!.role;
    if (role === 'surname') surname = Math.max(surname, s);
    if (role === 'given' && s > given) {
      given = s;
      givenByInitial = qt.initial || n[j]!.initial;
    }
  });
  return { score: Math.min(1, score), surname, given, givenByInitial };
}
