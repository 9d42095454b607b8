import type { LabelledQuery } from './evaluation-set.ts';

/** What an engine answers for one query: persons best first, the top score, and its decision if it makes one. */
export interface Answer {
  ids: string[];
  topScore: number;
  decision?: 'match' | 'ambiguous' | 'none';
}

export interface Quality {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  /** Share of queries decided `match` (for engines without a decision: the best threshold in hindsight at precision 1). */
  matchShare: number;
  matchPrecision: number;
  /** Share of queries answered `none` with an empty candidate list ("nobody found"). */
  emptyNone: number;
}

export function quality(queries: readonly LabelledQuery[], answers: readonly Answer[]): Quality {
  let at1 = 0;
  let at5 = 0;
  queries.forEach((q, i) => {
    const a = answers[i]!;
    if (a.ids[0] === q.expected) at1++;
    if (a.ids.slice(0, 5).includes(q.expected)) at5++;
  });
  const n = queries.length;
  const decided = answers.some((a) => a.decision !== undefined);
  const { share, precision } = decided ? decisionShare(queries, answers) : oracleShare(queries, answers);
  const empty = answers.filter((a) => a.ids.length === 0).length;
  return {
    queries: n,
    recallAt1: at1 / n,
    recallAt5: at5 / n,
    matchShare: share,
    matchPrecision: precision,
    emptyNone: empty / n,
  };
}

function decisionShare(
  queries: readonly LabelledQuery[],
  answers: readonly Answer[],
): { share: number; precision: number } {
  let matches = 0;
  let right = 0;
  answers.forEach((a, i) => {
    if (a.decision !== 'match') return;
    matches++;
    if (a.ids[0] === queries[i]!.expected) right++;
  });
  return { share: matches / queries.length, precision: matches === 0 ? 1 : right / matches };
}

/**
 * An engine with scores but no decision gets the most generous threshold: the lowest top score at
 * which every query scored at or above it is still right (ties with a wrong answer excluded).
 */
function oracleShare(
  queries: readonly LabelledQuery[],
  answers: readonly Answer[],
): { share: number; precision: number } {
  const rows = answers
    .map((a, i) => ({ score: a.topScore, right: a.ids[0] === queries[i]!.expected }))
    .sort((x, y) => y.score - x.score);
  const firstWrong = rows.find((r) => !r.right);
  const accepted = rows.filter((r) => r.score > 0 && (firstWrong === undefined || r.score > firstWrong.score));
  return { share: accepted.length / queries.length, precision: 1 };
}
