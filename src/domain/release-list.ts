/**
 * Reading a published release list as admins paste it: numbered or not ("1.", "1)", "№ 12 -"),
 * one name per line or comma-separated on one line, with birth years ("1985", "1985 г.р."),
 * "Name (Other spelling)" and an optional per-person country of expulsion at the end ("-> LT").
 */
export interface ReleaseListLine {
  /** 1-based position in the list as the admin sent it (blank lines and headings not counted). */
  lineNo: number;
  /** The line as sent, numbering removed; what the name engine searches with. */
  text: string;
  /** The name alone: no year, no country, no bracketed other spelling. */
  name: string;
  /** The spelling in brackets, if any. */
  otherName: string | null;
  birthYear: number | null;
  /** ISO country code given for this person ("-> LT", "→ UA", "; PL"). */
  country: string | null;
}

export const MAX_RELEASE_LINES = 400;
const MAX_LINE_LENGTH = 200;

const NUMBERING = /^\s*(?:№\s*)?\d{1,3}\s*[.)\]:-]?\s*[-–—]?\s*/u;
const BULLET = /^\s*[-–—•*·]\s*/u;
const COUNTRY = /\s*(?:->|→|;)\s*([A-Za-z]{2})\s*$/u;
const YEAR =
  /[\s,(]*\b(19[2-9]\d|20[0-2]\d)\b\s*(?:г\.?\s*р\.?|г\.?\s*н\.?|р\.?\s*н\.?|гг?\.?|b\.|born|y\.?o\.?b\.?)?[\s,)]*/iu;
const BRACKETS = /\s*[([]([^)\]]+)[)\]]\s*/u;

export type ReleaseListProblem = 'empty' | 'too_many_lines';

export type ReleaseListResult =
  { ok: true; lines: ReleaseListLine[] } | { ok: false; problem: ReleaseListProblem; count?: number };

/** Splits a pasted list into person lines. Lines without a letter (page numbers, dashes) are dropped. */
export function parseReleaseList(text: string): ReleaseListResult {
  const raw = text
    .normalize('NFC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu, '')
    .split(/\r?\n/u)
    .flatMap(splitCommaList)
    .map((line) => line.replace(NUMBERING, '').replace(BULLET, '').replace(/\s+/gu, ' ').trim())
    .filter((line) => /\p{L}{2}/u.test(line));
  if (raw.length === 0) return { ok: false, problem: 'empty' };
  if (raw.length > MAX_RELEASE_LINES) return { ok: false, problem: 'too_many_lines', count: raw.length };
  return { ok: true, lines: raw.map((line, i) => readLine(line.slice(0, MAX_LINE_LENGTH), i + 1)) };
}

/** "A, B, C" on one line is a list; "Surname, Given" (two words around one comma) is one name. */
function splitCommaList(line: string): string[] {
  const parts = line
    .split(/[,;](?![^()[\]]*[)\]])/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return [line];
  const personLike = parts.filter((p) => p.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= 2);
  // Every part a full name (two words or more): a comma-separated list. Otherwise a comma inside one name.
  return personLike.length === parts.length ? parts : [line];
}

function readLine(text: string, lineNo: number): ReleaseListLine {
  let rest = text;
  let country: string | null = null;
  const countryMatch = COUNTRY.exec(rest);
  if (countryMatch) {
    country = countryMatch[1]!.toUpperCase();
    rest = rest.slice(0, countryMatch.index);
  }
  let birthYear: number | null = null;
  const yearMatch = YEAR.exec(rest);
  if (yearMatch) {
    birthYear = Number(yearMatch[1]);
    rest = `${rest.slice(0, yearMatch.index)} ${rest.slice(yearMatch.index + yearMatch[0].length)}`;
  }
  let otherName: string | null = null;
  const bracket = BRACKETS.exec(rest);
  if (bracket && /\p{L}{2}/u.test(bracket[1]!)) {
    otherName = bracket[1]!.trim();
    rest = `${rest.slice(0, bracket.index)} ${rest.slice(bracket.index + bracket[0].length)}`;
  }
  const name = rest
    .replace(/[\s,.;:-]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const query = [name, otherName ? `(${otherName})` : '', birthYear ?? ''].filter((p) => p !== '').join(' ');
  return { lineNo, text: query || name, name: name || (otherName ?? text), otherName, birthYear, country };
}
