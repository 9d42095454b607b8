import { readFileSync } from 'node:fs';
import { z } from 'zod';

const variantSchema = z.object({ text: z.string(), lang: z.string(), source: z.string() });
const setSchema = z.object({
  persons: z.array(
    z.object({ id: z.string(), gender: z.enum(['m', 'f']).optional(), variants: z.array(variantSchema) }),
  ),
  distractors: z.array(z.object({ a: z.string(), b: z.string(), why: z.string() })).default([]),
});

export type EvaluationSet = z.infer<typeof setSchema>;
export type Variant = z.infer<typeof variantSchema>;

export function loadEvaluationSet(path: string | URL): EvaluationSet {
  return setSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Adds the variants of `extra` to the persons of `base` with the same id, and its new persons. */
export function mergeSets(base: EvaluationSet, extra: EvaluationSet): EvaluationSet {
  const persons = base.persons.map((p) => ({ ...p, variants: [...p.variants] }));
  for (const person of extra.persons) {
    const known = persons.find((p) => p.id === person.id);
    if (!known) persons.push({ ...person, variants: [...person.variants] });
    else for (const v of person.variants) if (!known.variants.some((k) => k.text === v.text)) known.variants.push(v);
  }
  return { persons, distractors: [...base.distractors, ...extra.distractors] };
}

export type RegistryMode = 'viasna' | 'single';

export interface RegistryPerson {
  id: string;
  gender?: 'm' | 'f';
  names: { text: string; lang: string }[];
}

export interface LabelledQuery {
  text: string;
  expected: string;
}

/**
 * The registry and the queries of one evaluation mode: "viasna" registers each person's first be,
 * ru and en spelling (as a Viasna record has them), "single" one spelling (ru, else be, else en);
 * every other spelling is a query.
 */
export function buildMode(
  set: EvaluationSet,
  mode: RegistryMode,
): { registry: RegistryPerson[]; queries: LabelledQuery[] } {
  const registry: RegistryPerson[] = [];
  const queries: LabelledQuery[] = [];
  for (const person of set.persons) {
    const pick = (lang: string): Variant | undefined => person.variants.find((v) => v.lang === lang);
    const chosen =
      mode === 'viasna'
        ? [pick('be'), pick('ru'), pick('en')].filter((v): v is Variant => v !== undefined)
        : [pick('ru') ?? pick('be') ?? pick('en')].filter((v): v is Variant => v !== undefined);
    if (chosen.length === 0) chosen.push(person.variants[0]!);
    registry.push({ id: person.id, gender: person.gender, names: chosen.map((v) => ({ text: v.text, lang: v.lang })) });
    for (const v of person.variants) if (!chosen.includes(v)) queries.push({ text: v.text, expected: person.id });
  }
  return { registry, queries };
}
