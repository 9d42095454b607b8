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
  const q = query.tokens.slice(0, MAX_WORDS);
  const n = name.tokens.slice(0, MAX_WORDS);
  if (q.length === 0 || n.length === 0) return NO_SCORE;
  // A registered patronymic is compared only with a query word read as a patronymic: the query's
  // given name or surname is never the father's name.
  const sim = q.map((qt) => n.map((nt) => (nt.role === 'patronymic' && qt.role !== 'patronymic' ? 0 : similarity(qt, nt))));
  const used = n.map(() => false);
  const pick: number[] = q.map(() => -1);
  let bestValue = -1;
  let bestPick: number[] = [];

  const search = (i: number, value: number): void => {
    if (i === q.length) {
      if (value > bestValue) {
        bestValue = value;
        bestPick = [...pick];
      }
      return;
    }
    for (let j = 0; j < n.length; j++) {
      const s = sim[i]![j]!;
      if (used[j] || s < PAIR_FLOOR) continue;
      used[j] = true;
      pick[i] = j;
      search(i + 1, value + WEIGHT[n[j]!.role] * s);
      used[j] = false;
    }
    pick[i] = -1;
    search(i + 1, value);
  };
  search(0, 0);
  return summarise(q, n, sim, bestPick, bestValue);
}

function summarise(q: readonly NameToken[], n: readonly NameToken[], sim: number[][], pick: number[], value: number): NameScore {
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
