import type { OtherNameKind } from '../other-names.ts';
import type { NameScore } from './name-score.ts';
import type { QueryHints } from './query-parser.ts';

/**
 * The thresholds of the decision. A wrong `match` sends a family a false alert, so `match` needs
 * a full name (given name and surname both matched), a high score and no rival close behind it.
 */
export const THRESHOLDS = {
  /** Lowest score of the top candidate for `match`. */
  match: 0.86,
  /** A rival within this distance of the top candidate makes the answer `ambiguous`. */
  margin: 0.12,
  /** Lowest score for a candidate to be shown on the strength of the whole name. */
  candidate: 0.5,
  /**
   * Lowest similarity of a surname for a candidate to be shown whatever its score ("did you mean"):
   * one typo or a romanisation away, with a given name that disagrees or is missing.
   */
  nearSurname: 0.65,
  /** Lowest similarity of the surname for `match`. */
  surname: 0.85,
  /** Lowest similarity of the given name for `match`. */
  given: 0.85,
  /** Lowest similarity of the surname for `match` when the given name is only an initial. */
  surnameWithInitial: 0.93,
} as const;

/** What a hint in the query says of one candidate. */
export type Agreement = 'same' | 'different' | 'unknown';

export interface ScoredCandidate {
  id: string;
  /** The score after the query's hints (birth year, town) were applied. */
  score: number;
  /** The score of the name alone, before hints: rivals are judged on it. */
  nameScore: number;
  /** The registered name that matched best, for display. */
  name: string;
  /** Set when that name is not a main one: a maiden name, a pseudonym … */
  kind?: OtherNameKind;
  detail: NameScore;
  birthYear: Agreement;
  place: Agreement;
}

export type Decision = 'match' | 'ambiguous' | 'none';

export interface MatchResult {
  decision: Decision;
  /** Best first, each with a score in [0, 1]; at most the limit asked for. */
  candidates: { id: string; score: number; name: string; kind?: OtherNameKind }[];
  hints: QueryHints;
}

/** A hint that contradicts a candidate lowers it; one that agrees lifts it slightly. */
export function applyHints(score: number, birthYear: Agreement, place: Agreement): number {
  let s = score;
  for (const a of [birthYear, place]) {
    if (a === 'different') s *= 0.75;
    else if (a === 'same') s = Math.min(1, s + 0.02);
  }
  return s;
}

function isFullName(d: NameScore): boolean {
  if (d.surname < THRESHOLDS.surname) return false;
  if (d.givenByInitial) return d.given > 0 && d.surname >= THRESHOLDS.surnameWithInitial;
  return d.given >= THRESHOLDS.given;
}

function contradicted(c: ScoredCandidate): boolean {
  return c.birthYear === 'different' || c.place === 'different';
}

/** A rival is set aside only when the query's hints fit the top candidate and rule the rival out. */
function ruledOutBy(top: ScoredCandidate, rival: ScoredCandidate): boolean {
  const year = top.birthYear === 'same' && rival.birthYear === 'different';
  const place = top.place === 'same' && rival.place === 'different';
  return (year || place) && !contradicted(top);
}

/**
 * Whether a candidate is shown at all. "Nobody found" stops a relative, so a person is shown when
 * the name as a whole is close enough, before hints (a wrong birth year in the query or the record
 * must not hide them), or when the surname alone is near: such a candidate keeps its low score.
 */
function shown(c: ScoredCandidate): boolean {
  return (
    c.score >= THRESHOLDS.candidate || c.nameScore >= THRESHOLDS.candidate || c.detail.surname >= THRESHOLDS.nearSurname
  );
}

export function decide(scored: readonly ScoredCandidate[], hints: QueryHints, limit: number): MatchResult {
  const ranked = scored.filter(shown).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const candidates = ranked.slice(0, limit).map(({ id, score, name, kind }) => ({
    id,
    score: Math.round(score * 1000) / 1000,
    name,
    ...(kind ? { kind } : {}),
  }));
  const top = ranked[0];
  if (!top) return { decision: 'none', candidates, hints };
  // Rivals are judged on the name alone: a hint sets one aside only when it rules it out outright.
  const rivals = ranked.slice(1).filter((c) => c.nameScore >= top.nameScore - THRESHOLDS.margin && !ruledOutBy(top, c));
  const safe = top.score >= THRESHOLDS.match && isFullName(top.detail) && !contradicted(top) && rivals.length === 0;
  return { decision: safe ? 'match' : 'ambiguous', candidates, hints };
}
