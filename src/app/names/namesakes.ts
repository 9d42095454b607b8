import type { Db } from '../../db/database.ts';
import {
  namesakeFacts,
  registerFingerprint,
  registeredNames,
  type RegisteredName,
} from '../../db/queries/namesakes.ts';
import { displayName } from '../../domain/alert-message.ts';
import type { MessageValue } from '../../domain/message-value.ts';
import { LANGUAGES, type Language } from '../../domain/language.ts';
import { nameMention, namesakeKey, namesakeTags, type NamesakeTag } from '../../domain/namesakes.ts';
import type { Translate } from '../ports.ts';

/** What tells each person apart from registered namesakes, per subscriber language. */
export interface Namesakes {
  tag(language: Language, prisonerId: number): NamesakeTag | undefined;
}

export const NO_NAMESAKES: Namesakes = { tag: () => undefined };

/**
 * Finds everyone registered who shares a shown name (in any of the three languages) with one of
 * these people, and decides per language what each mention adds (domain/namesakes.ts). Call it
 * once per batch of messages (a digest run, a sync's alerts, a /list), not per mention.
 */
export async function findNamesakes(db: Db, prisonerIds: readonly number[]): Promise<Namesakes> {
  const wanted = new Set(prisonerIds);
  if (wanted.size === 0) return NO_NAMESAKES;
  const { people, groups } = await nameGroups(db);
  const involved = new Set<number>();
  for (const ids of groups)
    if (ids.length > 1 && ids.some((id) => wanted.has(id))) for (const id of ids) involved.add(id);
  if (involved.size === 0) return NO_NAMESAKES;
  const facts = new Map((await namesakeFacts(db, [...involved])).map((f) => [f.id, f]));
  const names = new Map(people.filter((p) => involved.has(p.id)).map((p) => [p.id, p]));
  const byLanguage = new Map(
    LANGUAGES.map((language) => [
      language,
      namesakeTags(
        [...involved].flatMap((id) => {
          const f = facts.get(id);
          const n = names.get(id);
          if (!f || !n) return [];
          const birthYear = f.birthYear ?? (f.birthDate ? Number(f.birthDate.slice(0, 4)) : null);
          return [{ id, name: displayName(n, language).name, birthYear, region: f.region, detainedOn: f.detainedAt }];
        }),
      ),
    ]),
  );
  // Only for the people asked about: their groups are complete, an involved stranger's may not be.
  return {
    tag: (language, prisonerId) => (wanted.has(prisonerId) ? byLanguage.get(language)?.get(prisonerId) : undefined),
  };
}

interface NameGroups {
  fingerprint: string;
  people: RegisteredName[];
  /** People who share a shown name in one language: only groups of two or more. */
  groups: number[][];
}

/**
 * The register's names grouped by shown name, kept per database handle until the register changes:
 * a release preview or the admin desk asks again on every screen, and folding 30,000 names took most
 * of each answer. A transaction is a handle of its own, so it sees its own writes and never fills the
 * cache of the database it runs on.
 */
const groupsByDb = new WeakMap<Db, NameGroups>();

async function nameGroups(db: Db): Promise<NameGroups> {
  const fingerprint = await registerFingerprint(db);
  const cached = groupsByDb.get(db);
  if (cached?.fingerprint === fingerprint) return cached;
  const people = await registeredNames(db);
  const byKey = new Map<string, number[]>();
  for (const person of people) {
    const keys = [person.nameBe, person.nameRu, person.nameEn].map((name) => (name ? namesakeKey(name) : null));
    for (const language of LANGUAGES) {
      const shown = shownKey(keys, language);
      if (!shown) continue;
      const key = `${language}:${shown}`;
      const group = byKey.get(key);
      if (group) group.push(person.id);
      else byKey.set(key, [person.id]);
    }
  }
  const fresh = { fingerprint, people, groups: [...byKey.values()].filter((ids) => ids.length > 1) };
  groupsByDb.set(db, fresh);
  return fresh;
}

/**
 * The key of the name displayName() shows in `language` (the first non-empty of be/ru/en in the
 * language's order), from the keys of the three names (null: no name): the register's names are
 * folded once, not once per language.
 */
export function shownKey(keys: readonly (string | null)[], language: Language): string | null {
  const order = language === 'be' ? [0, 1, 2] : language === 'ru' ? [1, 0, 2] : [2, 0, 1];
  for (const i of order) if (keys[i] !== null && keys[i] !== undefined) return keys[i];
  return null;
}

/** A mention (the bare name or a namesake message) as plain text, not yet escaped. */
export function mentionText(translate: Translate, language: Language, mention: MessageValue): string {
  if (typeof mention === 'string' || typeof mention === 'number') return String(mention);
  if ('key' in mention) return translate(language, mention.key, mention.vars);
  return mention.country;
}

/** The shown name of a person with what tells them apart, as plain text (escape it for HTML). */
export function personMention(
  translate: Translate,
  language: Language,
  person: { id: number; nameBe: string | null; nameRu: string | null; nameEn: string | null },
  namesakes: Namesakes,
): string {
  return mentionText(
    translate,
    language,
    nameMention(displayName(person, language).name, namesakes.tag(language, person.id)),
  );
}
