import type { ParsedName } from './name-parser.ts';
import { parseName } from './name-parser.ts';
import type { Place } from './place-table.ts';
import { placeFinder } from './places.ts';
import { cleanText } from './text-cleanup.ts';

/** What a query says besides the name, used only to tell namesakes apart. */
export interface QueryHints {
  birthYear?: number;
  /** The town named in the query, by its Belarusian name. */
  place?: string;
}

/** A query parsed once, to be run against an index or kept with a pending follow. */
export interface CompiledQuery {
  text: string;
  readings: readonly ParsedName[];
  hints: QueryHints;
  placeDetail?: Place;
}

// Numbering and bullets of pasted lists: "12.", "3)", "№ 5", "-", "•".
const LIST_MARKER = /^\s*(?:(?:№|#)\s*)?(?:\d{1,4}\s*[.):\]]|[-•*·–])\s*/;
const FULL_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)\b/;
const YEAR =
  /(?:^|[\s,(])(?:b\.|born|нар\.|род\.|г\.р\.)?\s*((?:19|20)\d\d)(?:\s*(?:г\.?\s*р\.?|р\.?\s*н\.?|г\.?\s*н\.?|гр|рн|г\.|р\.|y\.o\.b\.?))?(?=$|[\s,)])/iu;
// Words that introduce a town: "з Гомеля", "из Гомеля", "from Homiel", "aus Homel", "uit", "ze", "iš".
const FROM = new Set(['з', 'із', 'из', 'from', 'aus', 'uit', 'z', 'ze', 'iš', 'de', 'da', 'г.', 'г', 'm.']);

function takeBirthYear(text: string): { rest: string; birthYear?: number } {
  const date = FULL_DATE.exec(text);
  if (date) return { rest: text.replace(date[0], ' '), birthYear: Number(date[3]) };
  const year = YEAR.exec(text);
  if (year) return { rest: text.replace(year[0], ' '), birthYear: Number(year[1]) };
  return { rest: text };
}

/**
 * A town counts only at the end of the query (or after "from" and its like), and only when two name
 * words remain, so a surname that is also a town's name (Slonim) stays a surname.
 */
function takePlace(text: string): { rest: string; place?: Place } {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return { rest: text };
  const place = placeFinder().find(last);
  if (!place) return { rest: text };
  const before = parts.slice(0, -1);
  if (before.length > 0 && FROM.has(before[before.length - 1]!.toLowerCase())) before.pop();
  const nameWords = before.filter((w) => /\p{L}{2,}/u.test(w));
  if (nameWords.length < 2) return { rest: text };
  return { rest: before.join(' '), place };
}

export function compileQuery(text: string): CompiledQuery {
  const clean = cleanText(text).replace(LIST_MARKER, '');
  const { rest: withoutYear, birthYear } = takeBirthYear(clean);
  const { rest, place } = takePlace(withoutYear.replace(/[\s,;:]+$/, ''));
  const hints: QueryHints = {};
  if (birthYear !== undefined) hints.birthYear = birthYear;
  if (place) hints.place = place.name;
  return { text, readings: parseName(rest.replace(/\(\s*\)|\[\s*\]/g, ' ')), hints, placeDetail: place };
}
