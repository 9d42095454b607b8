import type { AlertPerson } from './alert-message.ts';
import type { PersonHold } from './person-holds.ts';
import type { QuarantinedRow, SourceRecord } from './source-record.ts';
import type { BreakerReason } from './sync-plan.ts';

/** A person's names as a notice to admins shows them. */
export type PersonNames = Pick<AlertPerson, 'nameBe' | 'nameRu' | 'nameEn'>;

/** A fetched, parsed snapshot: kept in a held run's `plan` so a confirmation re-plans from it. */
export interface Snapshot {
  bodyHash: string;
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  shape: string;
  records: SourceRecord[];
  quarantined: QuarantinedRow[];
  reasons?: BreakerReason[];
  /** Set when the held run is one person's change held apart from an applied run: `records` is that person. */
  personal?: PersonalHoldRef;
}

/** What a held run's snapshot carries when it holds one person's change apart from its run. */
export interface PersonalHoldRef {
  parentRun: number;
  externalId: string;
  prisonerId: number | null;
  names: PersonNames;
  hold: PersonHold;
}

/** A held run's snapshot: every held run keeps one until it is decided (a run without one is a bug, said so). */
export function heldSnapshot(run: { id: number; plan: Snapshot | null }): Snapshot {
  if (!run.plan) throw new Error(`held run ${run.id} has no snapshot`);
  return run.plan;
}
