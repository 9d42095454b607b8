import { GIVEN_NAME_CLASSES } from './given-name-table.ts';
import type { LatinScheme } from './latin-transcription.ts';
import { detectLatinScheme } from './latin-transcription.ts';
import { collapseDoubles } from './phonetic-alphabet.ts';
import { phoneticDistance } from './phonetic-distance.ts';
import { transcribeWord } from './phonetic.ts';
import { cleanText, dropStrayMarks } from './text-cleanup.ts';
import type { Gender } from './surname-forms.ts';

/**
 * A looser form than the phonetic one, for looking names up in the table: softness, аканне and
 * the ы/і, ў/в, х/г, дз/д distinctions dropped, since the table lists each name once per language.
 */
export function looseKey(phonetic: string): string {
  return collapseDoubles(
    phonetic
      .replace(/'/g, '')
      .replace(/o/g, 'a')
      .replace(/y/g, 'i')
      .replace(/w/g, 'v')
      .replace(/x/g, 'g')
      .replace(/D/g, 'd'),
  );
}

/** First sounds that may stand for one another in initials (Я. / Ya. / Je. / E.; У. / V.; Г. / H.). */
export function initialSound(phonetic: string): string {
  const first = phonetic.replace(/^'+/, '')[0] ?? '';
  if ('ejiy'.includes(first)) return 'e';
  if ('gx'.includes(first)) return 'g';
  if ('vwuf'.includes(first)) return 'v';
  if ('dDz'.includes(first)) return 'd';
  if ('ct'.includes(first)) return 't';
  if ('ao'.includes(first)) return 'a';
  return first;
}

export interface GivenNameInfo {
  classes: readonly number[];
  gender?: Gender;
  /** Initial sounds of every form of the name's classes, for matching "A. Bialiackis". */
  initials: ReadonlySet<string>;
}

const NONE: GivenNameInfo = { classes: [], initials: new Set() };

const SCHEMES: readonly LatinScheme[] = [
  { chIsKh: false, dutch: false, polish: false, german: false },
  { chIsKh: true, dutch: false, polish: false, german: false },
  { chIsKh: true, dutch: true, polish: false, german: false },
  { chIsKh: true, dutch: false, polish: true, german: false },
  { chIsKh: true, dutch: false, polish: false, german: true },
];

/** Looks words up in the given-name table, by exact loose key and, for longer words, one typo away. */
export class GivenNameTable {
  private readonly byKey = new Map<string, number[]>();
  /** Every key with one letter deleted, to find a key one typo away without scanning the table. */
  private readonly byDeletion = new Map<string, string[]>();
  private readonly initialsOf: Set<string>[] = [];
  private readonly cache = new Map<string, GivenNameInfo>();

  constructor() {
    GIVEN_NAME_CLASSES.forEach((nameClass, id) => {
      const initials = new Set<string>();
      for (const form of nameClass.forms) {
        const word = dropStrayMarks(cleanText(form).toLowerCase());
        for (const scheme of SCHEMES) {
          const phonetic = transcribeWord(word, {
            ...scheme,
            chIsKh: scheme.chIsKh || detectLatinScheme([word]).chIsKh,
          });
          initials.add(initialSound(phonetic));
          this.add(looseKey(phonetic), id);
        }
      }
      this.initialsOf[id] = initials;
    });
  }

  private add(key: string, id: number): void {
    const ids = this.byKey.get(key);
    if (!ids) {
      this.byKey.set(key, [id]);
      for (const d of deletions(key)) {
        const keys = this.byDeletion.get(d);
        if (keys) keys.push(key);
        else this.byDeletion.set(d, [key]);
      }
    } else if (!ids.includes(id)) ids.push(id);
  }

  /** The classes a word belongs to; `fuzzy` also accepts a name one typo away. */
  lookup(phonetic: string, fuzzy = true): GivenNameInfo {
    const key = looseKey(phonetic);
    const exact = this.byKey.get(key);
    if (exact || !fuzzy) return exact ? this.describeCached(key, exact) : NONE;
    return this.describeCached(`~${key}`, this.nearest(key));
  }

  private describeCached(cacheKey: string, ids: readonly number[]): GivenNameInfo {
    let info = this.cache.get(cacheKey);
    if (!info) this.cache.set(cacheKey, (info = this.describe(ids)));
    return info;
  }

  private nearest(key: string): number[] {
    if (key.length < 5) return [];
    let best = 0.75;
    let ids: number[] = [];
    const near = new Set<string>();
    for (const d of [key, ...deletions(key)]) {
      if (this.byKey.has(d)) near.add(d);
      for (const k of this.byDeletion.get(d) ?? []) near.add(k);
    }
    for (const candidate of near) {
      const d = phoneticDistance(key, candidate);
      if (d < best) {
        best = d;
        ids = [...(this.byKey.get(candidate) ?? [])];
      } else if (d === best) {
        for (const id of this.byKey.get(candidate) ?? []) if (!ids.includes(id)) ids.push(id);
      }
    }
    return ids;
  }

  private describe(ids: readonly number[]): GivenNameInfo {
    if (ids.length === 0) return NONE;
    const genders = new Set(ids.map((id) => GIVEN_NAME_CLASSES[id]!.gender));
    const initials = new Set<string>();
    for (const id of ids) for (const s of this.initialsOf[id]!) initials.add(s);
    return { classes: ids, gender: genders.size === 1 ? [...genders][0] : undefined, initials };
  }
}

function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

let shared: GivenNameTable | undefined;

/** The table is built on first use and shared: it depends on nothing but the code. */
export function givenNameTable(): GivenNameTable {
  shared ??= new GivenNameTable();
  return shared;
}
