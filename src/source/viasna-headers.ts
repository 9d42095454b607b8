import type { Language } from '../domain/language.ts';
import { normaliseLabel } from './viasna-values.ts';

/** The columns of a Viasna-style list, whatever language its header row is in. */
export type ViasnaField =
  | 'name'
  | 'status'
  | 'birth'
  | 'gender'
  | 'detainedAt'
  | 'charges'
  | 'verdictAt'
  | 'sentence'
  | 'penalty'
  | 'prison'
  | 'id'
  | 'region';

const HEADERS: Record<ViasnaField, Partial<Record<Language, string[]>>> = {
  name: {
    be: ['імя і прозвішча', 'прозвішча і імя', 'імя'],
    ru: ['имя и фамилия', 'фамилия и имя', 'фио', 'имя'],
    en: ['name and surname', 'name', 'full name'],
  },
  status: { be: ['статус'], ru: ['статус'], en: ['status'] },
  birth: { be: ['дата нараджэння'], ru: ['дата рождения'], en: ['date of birth', 'birth date'] },
  gender: { be: ['пол'], ru: ['пол'], en: ['gender', 'sex'] },
  detainedAt: { be: ['дата затрымання'], ru: ['дата задержания'], en: ['date of detention'] },
  charges: {
    be: ["прад'яўлены абвінавачванні", "прад'яўленыя абвінавачванні", 'абвінавачванні'],
    ru: ['предъявлены обвинения', 'предъявленные обвинения', 'обвинения'],
    en: ['charges'],
  },
  verdictAt: { be: ['дата прысуду'], ru: ['дата приговора'], en: ['date of verdict', 'date of sentence'] },
  sentence: { be: ['рашэнне суда'], ru: ['решение суда'], en: ['sentence', 'court decision'] },
  penalty: { be: ['від пакарання'], ru: ['вид наказания'], en: ['penalty', 'type of punishment'] },
  prison: { be: ['месца зняволення'], ru: ['место заключения'], en: ['prison', 'place of imprisonment'] },
  id: { en: ['id', 'link', 'url'], be: ['спасылка'], ru: ['ссылка'] },
  region: { be: ['рэгіён'], ru: ['регион'], en: ['region'] },
};

const LOOKUP = new Map<string, { field: ViasnaField; language: Language }>();
for (const [field, byLanguage] of Object.entries(HEADERS) as [ViasnaField, Partial<Record<Language, string[]>>][]) {
  for (const [language, labels] of Object.entries(byLanguage) as [Language, string[]][]) {
    for (const label of labels) if (!LOOKUP.has(label)) LOOKUP.set(label, { field, language });
  }
}

export interface HeaderMap {
  /** Column index of each field we recognise. */
  columns: Partial<Record<ViasnaField, number>>;
  /** The language of the list, from its name column: Viasna keeps one list per language. */
  language: Language;
  /** The header row as read, normalised: the shape fingerprint. */
  shape: string;
}

/** Reads a header row; fails when there is no name column, since nothing can be read without one. */
export function readHeaders(cells: readonly string[]): HeaderMap | { error: string } {
  const normalised = cells.map(normaliseLabel);
  const columns: Partial<Record<ViasnaField, number>> = {};
  let language: Language | undefined;
  normalised.forEach((label, index) => {
    const hit = LOOKUP.get(label);
    if (!hit || columns[hit.field] !== undefined) return;
    columns[hit.field] = index;
    if (hit.field === 'name') language = hit.language;
  });
  if (columns.name === undefined || language === undefined) {
    return {
      error: `no name column (expected "Імя і прозвішча", "Имя и фамилия" or "Name and surname"); the header row was: ${cells.join(' | ').slice(0, 300)}`,
    };
  }
  return { columns, language, shape: normalised.join('|') };
}

/** The cells of one row by field. */
export function cellsByField(header: HeaderMap, cells: readonly string[]): Partial<Record<ViasnaField, string>> {
  const out: Partial<Record<ViasnaField, string>> = {};
  for (const [field, index] of Object.entries(header.columns) as [ViasnaField, number][]) {
    const value = cells[index];
    if (value !== undefined) out[field] = value.trim();
  }
  return out;
}
