import type { Sentence } from '../domain/source-record.ts';

/**
 * Cell values in Viasna-style lists (be/ru/en). Each reader returns `undefined` for "not said"
 * (empty, "unknown", a dash) and `{ error }` for a value it cannot read, so the row is quarantined
 * with that reason instead of being guessed at.
 */

/** Lower case, ё as е, one kind of apostrophe, single spaces: how labels and values are compared. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’ʼ`‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:;]+$/, '');
}

const UNSTATED = new Set([
  '',
  '-',
  '—',
  '–',
  '?',
  'n/a',
  'unknown',
  'not known',
  'неизвестно',
  'неизвестен',
  'неизвестна',
  'невядома',
  'невядомы',
  'невядомая',
  'нет данных',
  'няма звестак',
  'no data',
]);

/** Empty, a dash or "unknown / неизвестно / невядома": the source does not say. */
export function isUnstated(text: string | undefined): boolean {
  return text === undefined || UNSTATED.has(normaliseLabel(text));
}

export type Read<T> = T | undefined | { error: string };

export function isError<T>(value: Read<T>): value is { error: string } {
  return typeof value === 'object' && value !== null && 'error' in value;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (year < 1900 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "25.09.1962", "1962-09-25", "25/09/1962"; a year alone when `allowYear` (birth dates often are). */
export function readDate(
  text: string | undefined,
  what: string,
  allowYear = false,
): Read<{ date?: string; year: number }> {
  if (isUnstated(text)) return undefined;
  const value = text!.trim();
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s*г\.?)?$/.exec(value);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const parts = dmy
    ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
    : ymd
      ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
      : undefined;
  if (parts) {
    const date = validDate(parts[0]!, parts[1]!, parts[2]!);
    return date ? { date, year: parts[0]! } : { error: `${what} "${value}" is not a real date` };
  }
  const year = /^(\d{4})(?:\s*(?:г\.?|год|гады|year))?$/.exec(value);
  if (allowYear && year && Number(year[1]) >= 1900 && Number(year[1]) <= 2100) return { year: Number(year[1]) };
  return { error: `${what} "${value}" is not a date like 25.09.1962` };
}

// `(?<!\d)`: a number is tried from its first digit only; without it a long run of digits is tried
// from every position, each backtracking to the end, and 500,000 digits took minutes.
const YEARS = /(?<!\d)(\d+(?:[.,]\d+)?)\s*(?:г\b|г\.|год|года|лет|гад|гады|гадоў|years?|yrs?)/i;
const MONTHS = /(?<!\d)(\d+)\s*(?:мес|месяц|месяца|месяцев|месяцы|месяцаў|months?)/i;

/** "3 гады 6 месяцаў калоніі", "1,5 года", "2 years of restricted freedom" → years and months. */
export function readSentence(text: string | undefined): Sentence | undefined {
  if (isUnstated(text)) return undefined;
  const years = YEARS.exec(text!);
  const months = MONTHS.exec(text!);
  if (!years && !months) return undefined;
  const yearValue = years ? Number(years[1]!.replace(',', '.')) : 0;
  const whole = Math.floor(yearValue);
  const total = Math.round((yearValue - whole) * 12) + (months ? Number(months[1]) : 0);
  return { years: whole + Math.floor(total / 12), months: total % 12 };
}

const ARTICLE =
  /(?:ст\.?|стст\.?|арт\.?|art\.?|article|articles|артыкул\S*|стать\S*)\s*(\d{2,3}(?:-\d+)?)|\b(\d{3}(?:-\d+)?)\b/gi;

/** "ч. 1 ст. 342, ст. 361-1 КК" → ["342", "361-1"]: part numbers are not articles. */
export function readArticles(text: string | undefined): string[] {
  if (isUnstated(text)) return [];
  const found = [...text!.matchAll(ARTICLE)].map((m) => m[1] ?? m[2]!);
  return [...new Set(found)];
}

export function readGender(text: string | undefined): 'm' | 'f' | undefined {
  if (isUnstated(text)) return undefined;
  const value = normaliseLabel(text!);
  if (/^(m|male|man|м|муж|мужской|мужчина|мужчына|мужчынскі)$/.test(value)) return 'm';
  if (/^(f|female|woman|ж|жен|жан|женский|женщина|жанчына|жаночы)$/.test(value)) return 'f';
  return undefined;
}
