import type { EventKind } from './change-event.ts';
import type { FeedStatus, PrisonerStatus } from './status.ts';

const PRE_TRIAL: ReadonlySet<PrisonerStatus> = new Set(['detained', 'house_arrest']);
const SENTENCED: ReadonlySet<PrisonerStatus> = new Set(['imprisoned', 'restricted_freedom', 'compulsory_treatment']);
const FREED: ReadonlySet<PrisonerStatus> = new Set(['released', 'pardoned', 'expelled']);

export interface StatusTransition {
  /** The event to record, or null when nothing real changed. */
  kind: EventKind | null;
  /** What the stored status becomes. */
  status: PrisonerStatus;
  /** Set when the change must be confirmed by a person before it is applied. */
  sensitive?: string;
  contactRestored?: boolean;
}

/**
 * How a stored status and a status read from a source relate. Sources know nothing of
 * `returned_to_custody`: once we set it, the source's `imprisoned` or `detained` for the same person
 * means "still held", so it never flaps back and forth between syncs.
 */
export function statusTransition(
  stored: PrisonerStatus,
  incoming: FeedStatus | undefined,
  statusBeforeUnknown?: PrisonerStatus,
): StatusTransition {
  if (incoming === undefined || incoming === stored) return { kind: null, status: stored };
  if (stored === 'died_in_custody') {
    // A death report withdrawn is almost always a data error, and telling a family anything here
    // needs a person's judgement: record it as a correction, hold the run for an admin.
    return { kind: 'correction', status: incoming, sensitive: 'a death in custody would be withdrawn' };
  }
  if (incoming === 'died_in_custody' || incoming === 'whereabouts_unknown') return { kind: incoming, status: incoming };
  if (FREED.has(incoming)) {
    if (!FREED.has(stored)) return { kind: incoming as 'released' | 'pardoned' | 'expelled', status: incoming };
    // Pardoned, then put over the border: a new fact. Released vs pardoned between free states is the
    // source refining its wording, not news.
    return incoming === 'expelled' ? { kind: 'expelled', status: incoming } : { kind: 'correction', status: incoming };
  }
  // From here on the source says the person is held in some form.
  if (FREED.has(stored)) return { kind: 'returned_to_custody', status: 'returned_to_custody' };
  if (stored === 'whereabouts_unknown') {
    if (
      statusBeforeUnknown !== undefined &&
      (FREED.has(statusBeforeUnknown) || statusBeforeUnknown === 'returned_to_custody')
    ) {
      return { kind: 'returned_to_custody', status: 'returned_to_custody', contactRestored: true };
    }
    return { kind: 'contact_restored', status: incoming };
  }
  if (stored === 'returned_to_custody') return { kind: null, status: stored };
  if (SENTENCED.has(incoming))
    return { kind: SENTENCED.has(stored) ? 'sentence_changed' : 'sentenced', status: incoming };
  if (PRE_TRIAL.has(incoming)) return { kind: 'detained', status: incoming };
  return { kind: 'correction', status: incoming };
}
