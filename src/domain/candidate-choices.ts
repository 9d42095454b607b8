import type { MessageValue } from './message-value.ts';
import type { Language } from './language.ts';
import { namesInOrder, type CardRecord } from './prisoner-card.ts';
import { isFreed, isInCustody } from './status.ts';

export type ChoiceRecord = Pick<
  CardRecord,
  'id' | 'nameBe' | 'nameRu' | 'nameEn' | 'aliases' | 'birthYear' | 'birthDate' | 'region' | 'status' | 'facilityName'
>;

/** One of several people a name may mean, with the facts that tell them apart. */
export interface Choice {
  id: number;
  name: string;
  /** Birth year, town, status, place of detention: only the kinds whose values differ. */
  facts: MessageValue[];
}

type FactKind = 'year' | 'region' | 'status' | 'facility';
const KINDS: readonly FactKind[] = ['year', 'region', 'status', 'facility'];

function fact(record: ChoiceRecord, kind: FactKind): string | undefined {
  switch (kind) {
    case 'year':
      return record.birthYear !== null ? String(record.birthYear) : record.birthDate?.slice(0, 4);
    case 'region':
      return record.region?.trim() || undefined;
    case 'status':
      return record.status;
    case 'facility':
      return isInCustody(record.status) && !isFreed(record.status) && record.status !== 'whereabouts_unknown'
        ? record.facilityName?.trim() || undefined
        : undefined;
  }
}

/**
 * Namesakes are told apart by what differs between them; a fact all of them share says nothing and
 * is left out. When nothing differs, every known fact is shown so the list is never bare names.
 */
export function describeChoices(records: readonly ChoiceRecord[], language: Language): Choice[] {
  const differing = KINDS.filter((kind) => new Set(records.map((r) => fact(r, kind) ?? '')).size > 1);
  const kinds = differing.length > 0 ? differing : KINDS;
  return records.map((record) => ({
    id: record.id,
    name: namesInOrder(record, language)[0]!,
    facts: kinds.flatMap((kind): MessageValue[] => {
      const value = fact(record, kind);
      if (value === undefined) return [];
      return [kind === 'status' ? { key: `status-${value}` } : value];
    }),
  }));
}
