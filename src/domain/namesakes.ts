import type { MessageValue } from './message-value.ts';
import { displayDate } from './local-date.ts';

/**
 * Two registered people "share a name" when the name a mention shows (in the subscriber's language)
 * is the same after folding: case, Latin diacritics (Kavaliŏu = Kavaliou), ё/е, apostrophes
 * (Мар'я = Марʼя), and runs of spaces, hyphens, dots and commas. Word order is not folded: a
 * subscriber sees "Kavaliou Aliaksandr" and "Aliaksandr Kavaliou" as different strings already.
 * Folding is done here, not by the database: lower() depends on the database's locale.
 */
function buildFold(): Map<string, string> {
  const fold = new Map<string, string>();
  const add = (from: string, to: string) => {
    if (!fold.has(from)) fold.set(from, to);
  };
  for (let c = 0x41; c <= 0x5a; c++) add(String.fromCharCode(c), String.fromCharCode(c + 0x20));
  for (let c = 0x410; c <= 0x42f; c++) add(String.fromCharCode(c), String.fromCharCode(c + 0x20));
  for (const [from, to] of [
    'Ёе',
    'ёе',
    'Іі',
    'Ўў',
    'Її',
    'Єє',
    'Ґґ',
    'Łl',
    'łl',
    'Đd',
    'đd',
    'Øo',
    'øo',
    'Ħh',
    'ħh',
    'ıi',
  ])
    add(from!, to!);
  // Latin letters with diacritics (Latin-1 Supplement, Latin Extended-A and -B): the base letter.
  for (let c = 0xc0; c <= 0x24f; c++) {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFD')[0]!.toLowerCase();
    if (base !== ch && /^[a-z]$/.test(base)) add(ch, base);
  }
  for (const separator of '\t\n\r\u00a0-\u2010\u2011\u2013\u2014.,()"«»') add(separator, ' ');
  for (const apostrophe of "'\u2019\u02bc\u2018`") add(apostrophe, '');
  return fold;
}

/** By UTF-16 code unit: every folded character is in the Basic Multilingual Plane. A register is folded 30,000 names at a time. */
const FOLD: (string | undefined)[] = [];
for (const [from, to] of buildFold()) FOLD[from.charCodeAt(0)] = to;

/** The form two shown names are compared in. */
export function namesakeKey(name: string): string {
  let out = '';
  let space = true; // at the start: leading separators are dropped
  for (let i = 0; i < name.length; i++) {
    const folded = FOLD[name.charCodeAt(i)] ?? name[i]!;
    if (folded === ' ') {
      space = true;
      continue;
    }
    if (folded === '') continue;
    if (space && out !== '') out += ' ';
    space = false;
    out += folded;
  }
  return out;
}

/** A registered person as a mention shows them: `name` is the name shown to this subscriber. */
export interface NamesakeRecord {
  id: number;
  name: string;
  birthYear: number | null;
  region: string | null;
  /** YYYY-MM-DD */
  detainedOn: string | null;
}

/** What a mention adds to tell a person from their namesakes. */
export type NamesakeTag =
  | { by: 'born'; year: number }
  | { by: 'region'; region: string }
  | { by: 'detained'; date: string }
  | { by: 'card'; id: number };

type Fact = (r: NamesakeRecord) => { value: string; tag: NamesakeTag } | undefined;

/** In this order: the birth year, else the region, else the detention date, else the card number (always unique). */
const FACTS: readonly Fact[] = [
  (r) => (r.birthYear === null ? undefined : { value: String(r.birthYear), tag: { by: 'born', year: r.birthYear } }),
  (r) =>
    r.region?.trim() ? { value: namesakeKey(r.region), tag: { by: 'region', region: r.region.trim() } } : undefined,
  (r) => (r.detainedOn ? { value: r.detainedOn, tag: { by: 'detained', date: r.detainedOn } } : undefined),
];

/**
 * For every person among `people` whose shown name another of them shares, the first fact no other
 * namesake has the same value of. `people` must hold everyone registered under the names concerned
 * (the lookup in app/names/namesakes.ts fetches them), not only those mentioned. Pure; one answer for
 * alerts, digests, /list and the release preview alike.
 */
export function namesakeTags(people: readonly NamesakeRecord[]): Map<number, NamesakeTag> {
  const groups = new Map<string, NamesakeRecord[]>();
  const seen = new Set<number>();
  for (const person of people) {
    const key = namesakeKey(person.name);
    if (seen.has(person.id) || key === '') continue;
    seen.add(person.id);
    const group = groups.get(key);
    if (group) group.push(person);
    else groups.set(key, [person]);
  }
  const tags = new Map<number, NamesakeTag>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const person of group) tags.set(person.id, tellApart(person, group));
  }
  return tags;
}

function tellApart(person: NamesakeRecord, group: readonly NamesakeRecord[]): NamesakeTag {
  for (const fact of FACTS) {
    const mine = fact(person);
    if (mine && group.every((other) => other.id === person.id || fact(other)?.value !== mine.value)) return mine.tag;
  }
  return { by: 'card', id: person.id };
}

/**
 * The name as a mention carries it: the bare name, or a message (locales/<lang>/namesakes.ftl)
 * with what tells this person apart. Variables are strings, so Fluent prints 1985, not "1,985".
 */
export function nameMention(name: string, tag: NamesakeTag | undefined): MessageValue {
  if (!tag) return name;
  switch (tag.by) {
    case 'born':
      return { key: 'namesake-born', vars: { name, year: String(tag.year) } };
    case 'region':
      return { key: 'namesake-region', vars: { name, region: tag.region } };
    case 'detained':
      return { key: 'namesake-detained', vars: { name, date: displayDate(tag.date) } };
    case 'card':
      return { key: 'namesake-card', vars: { name, id: String(tag.id) } };
  }
}
