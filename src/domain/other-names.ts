import { parseName } from './names/name-parser.ts';

/**
 * Names a person carries besides the main one: a maiden or married surname, a pen name, an earlier
 * name, or the other surname a source writes in brackets ("Андрэева (Бахвалава) Кацярына"). They are
 * matched on like any spelling, and a card found through one says which it was ("born Ivanova").
 */
export const OTHER_NAME_KINDS = ['maiden', 'married', 'pseudonym', 'former', 'other'] as const;
export type OtherNameKind = (typeof OTHER_NAME_KINDS)[number];

/** Other names by text, as stored beside the aliases they are (`prisoners.alias_kinds`). */
export type AliasKinds = Readonly<Record<string, OtherNameKind>>;

// "Surname (Other surname) Given [Patronymic]": the form Viasna's Cyrillic lists and release lists use
// for a woman's earlier surname. One word in the bracket, right after the first word.
const BRACKETED_SURNAME = /^([\p{L}'’-]+)\s*\(([\p{L}'’-]+)\)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})$/u;

/**
 * Splits "Surname (Other surname) Given" into the main name and the other one; undefined for any
 * other text (a bracket of several words is another spelling of the whole name, not another surname).
 */
export function splitBracketedSurname(text: string): { main: string; other: string } | undefined {
  const m = BRACKETED_SURNAME.exec(text.trim());
  // "Anastasija (Nasta) Lojka" brackets a short form of the given name: that is one name, not two.
  if (!m || isGivenName(m[1]!) || isGivenName(m[2]!)) return undefined;
  return { main: `${m[1]} ${m[3]}`, other: `${m[2]} ${m[3]}` };
}

function isGivenName(word: string): boolean {
  return (parseName(word)[0]?.tokens[0]?.given.classes.length ?? 0) > 0;
}

/** The kind of the name a search matched, when it was not one of the person's main names. */
export function kindOfAlias(kinds: AliasKinds | undefined, name: string): OtherNameKind | undefined {
  return kinds && Object.hasOwn(kinds, name) ? kinds[name] : undefined;
}
