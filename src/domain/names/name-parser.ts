import { detectLatinScheme } from './latin-transcription.ts';
import type { NameToken, WordInput } from './name-token.ts';
import { makeToken } from './name-token.ts';
import { assignRoles } from './name-roles.ts';
import { cleanText, dropStrayMarks, repairMixedScript } from './text-cleanup.ts';

/** One reading of a written name: its words in order, each with a role. */
export interface ParsedName {
  tokens: readonly NameToken[];
}

const BRACKETED = /[([]([^)\]]*)[)\]]/g;

/**
 * "Name (Other spelling)" and "Name [Other]" give several readings: the name without the bracket;
 * a bracket of two or more words on its own; a bracket of one word in place of the word before it
 * ("Anastasija (Nasta) Lojka", "Daria Losik (Losyakova)").
 */
export function readings(text: string): string[] {
  const clean = cleanText(text);
  const outside = clean.replace(BRACKETED, ' ').replace(/\s+/g, ' ').trim();
  const result = [outside];
  for (const match of clean.matchAll(BRACKETED)) {
    const inner = (match[1] ?? '').trim();
    if (!inner) continue;
    const innerWords = inner.split(/\s+/);
    if (innerWords.length >= 2) {
      result.push(inner);
      continue;
    }
    const before = clean.slice(0, match.index).replace(BRACKETED, ' ').trim().split(/\s+/);
    const after = clean
      .slice(match.index + match[0].length)
      .replace(BRACKETED, ' ')
      .trim();
    if (before.length > 0 && before[0] !== '') result.push([...before.slice(0, -1), inner, after].join(' ').trim());
  }
  return [...new Set(result.filter((r) => r.length > 0))];
}

function words(reading: string): { words: WordInput[]; surnameFirst: boolean } {
  // "Surname, Given" puts the surname first; a comma anywhere else is only punctuation.
  const commaAt = reading.indexOf(',');
  const surnameFirst = commaAt > 0 && !reading.slice(0, commaAt).trim().includes(' ');
  const raw = reading
    .replace(/\.(?=\S)/g, '. ')
    // "КазлаўРаман", "DariaKuzniatsova": a space lost between two capitalised words.
    .replace(/(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})/gu, ' ')
    .split(/[\s,;]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  const out: WordInput[] = [];
  const lettersOnly = raw.map((w) => w.replace(/[^\p{L}\p{M}'-]/gu, '').replace(/^[-']+|[-']+$/g, ''));
  const capitals = lettersOnly.map((w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase());
  const mixedCase = capitals.some((c) => !c);
  raw.forEach((w, i) => {
    const letters = lettersOnly[i]!;
    if (!letters) return;
    const repaired = dropStrayMarks(repairMixedScript(letters)).toLowerCase();
    const initial = [...letters.replace(/['-]/g, '')].length <= 2 && (w.endsWith('.') || [...letters].length === 1);
    out.push({ text: repaired, initial, capitalised: mixedCase && capitals[i]! });
  });
  return { words: out, surnameFirst };
}

/** All readings of a name, each split into role-tagged words. */
export function parseName(text: string, lang?: string): ParsedName[] {
  const parsed: ParsedName[] = [];
  for (const reading of readings(text)) {
    const { words: list, surnameFirst } = words(reading);
    if (list.length === 0) continue;
    const scheme = detectLatinScheme(
      list.map((w) => w.text),
      lang,
    );
    const tokens = list.map((w) => makeToken(w, scheme));
    parsed.push({ tokens: assignRoles(tokens, surnameFirst) });
    // A hyphen may join two surnames or, by mistake, a given name and a surname
    // (Полина-Шарендо Панасюк): the words between hyphens are read on their own too.
    if (list.some((w) => w.text.includes('-'))) {
      const split = list.flatMap((w) =>
        w.text
          .split('-')
          .filter(Boolean)
          .map((text) => ({ ...w, text })),
      );
      parsed.push({
        tokens: assignRoles(
          split.map((w) => makeToken(w, scheme)),
          surnameFirst,
        ),
      });
    }
  }
  return parsed;
}
