/**
 * The status lifecycle of a political prisoner. The first ten values are exactly the `status`
 * values of the JSON source feed (docs/feed-format.md); `returned_to_custody` is set when a person
 * who had been released, pardoned or expelled is held again (the Statkevich case), so a card can say
 * so instead of looking like an ordinary detention.
 */
export const PRISONER_STATUSES = [
  'detained',
  'house_arrest',
  'imprisoned',
  'restricted_freedom',
  'compulsory_treatment',
  'released',
  'pardoned',
  'expelled',
  'returned_to_custody',
  'whereabouts_unknown',
  'died_in_custody',
] as const;

export type PrisonerStatus = (typeof PRISONER_STATUSES)[number];

/** The statuses a source feed may carry; `returned_to_custody` is derived, never read. */
export const FEED_STATUSES = PRISONER_STATUSES.filter(
  (s): s is Exclude<PrisonerStatus, 'returned_to_custody'> => s !== 'returned_to_custody',
);
export type FeedStatus = (typeof FEED_STATUSES)[number];

/** Held by the state in some form; the statuses counted in "political prisoners now held". */
export const IN_CUSTODY_STATUSES: readonly PrisonerStatus[] = [
  'detained',
  'house_arrest',
  'imprisoned',
  'restricted_freedom',
  'compulsory_treatment',
  'returned_to_custody',
  'whereabouts_unknown',
];
const IN_CUSTODY: ReadonlySet<PrisonerStatus> = new Set(IN_CUSTODY_STATUSES);

const FREED: ReadonlySet<PrisonerStatus> = new Set(['released', 'pardoned', 'expelled']);

/** Held by the state in some form: counted in "political prisoners now held". */
export function isInCustody(status: PrisonerStatus): boolean {
  return IN_CUSTODY.has(status);
}

/** No longer held: released at end of term, pardoned, or expelled abroad. */
export function isFreed(status: PrisonerStatus): boolean {
  return FREED.has(status);
}

/** Grave statuses are always told on their own, never folded into a digest, never delayed. */
export function isGrave(status: PrisonerStatus): boolean {
  return status === 'died_in_custody' || status === 'whereabouts_unknown';
}

export function isPrisonerStatus(value: string): value is PrisonerStatus {
  return (PRISONER_STATUSES as readonly string[]).includes(value);
}
