import { looseKey } from './given-names.ts';
import { detectLatinScheme } from './latin-transcription.ts';
import { PLACES } from './place-table.ts';
import type { Place } from './place-table.ts';
import { transcribeWord } from './phonetic.ts';
import { cleanText, dropStrayMarks } from './text-cleanup.ts';

function placeKey(word: string): string {
  const w = dropStrayMarks(cleanText(word).toLowerCase()).replace(/[^\p{L}'-]/gu, '');
  return looseKey(transcribeWord(w, detectLatinScheme([w]))).replace(/'/g, '');
}

/** Finds Belarusian towns in words, in any script, and in the case forms a sentence gives them. */
export class PlaceFinder {
  private readonly byKey = new Map<string, Place>();

  constructor() {
    for (const place of PLACES) for (const form of place.forms) this.byKey.set(placeKey(form), place);
  }

  /** The town one word names (Гомель, Гомеля, Homiel, Gomel), if any. */
  find(word: string): Place | undefined {
    const key = placeKey(word);
    if (key.length < 3) return undefined;
    return this.byKey.get(key) ?? (key.length > 4 ? this.byKey.get(key.replace(/[aeiu]$/, '')) : undefined);
  }

  /**
   * The towns a record's free-text region names ("Гомельская вобласць", "Homiel region"): a word
   * that starts with a town's form counts, so adjectives of the oblast count too.
   */
  findInText(text: string): Place[] {
    const found: Place[] = [];
    for (const word of text.split(/[\s,.;()/]+/)) {
      const key = placeKey(word);
      if (key.length < 4) continue;
      const exact = this.find(word);
      if (exact) {
        found.push(exact);
        continue;
      }
      for (const [placeKeyText, place] of this.byKey) {
        if (placeKeyText.length >= 4 && key.startsWith(placeKeyText.replace(/[aeiou]$/, ''))) {
          found.push(place);
          break;
        }
      }
    }
    return found;
  }
}

let shared: PlaceFinder | undefined;

export function placeFinder(): PlaceFinder {
  shared ??= new PlaceFinder();
  return shared;
}

/** Whether a record's region agrees with a town named in a query: yes, no, or cannot tell. */
export function placeAgreement(queryPlace: Place, recordPlaces: readonly Place[]): 'same' | 'different' | 'unknown' {
  if (recordPlaces.length === 0) return 'unknown';
  // A record or a query naming only the oblast (by its centre) cannot rule out a town inside it.
  if (
    recordPlaces.some((p) => p.name === queryPlace.name || p.name === queryPlace.region || p.region === queryPlace.name)
  ) {
    return 'same';
  }
  return 'different';
}
