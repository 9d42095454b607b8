import type { SourceClaim, SourceRecord, StoredRecord } from './source-record.ts';
import { isInCustody, type PrisonerStatus } from './status.ts';

/** The claim after this snapshot: what the source says now, and what it said before where it is silent. */
export function nextClaim(before: SourceClaim | null | undefined, incoming: SourceRecord): SourceClaim {
  const newStatus = incoming.status !== undefined && incoming.status !== before?.status;
  return {
    status: incoming.status ?? before?.status ?? null,
    // A date belongs to the status it came with: a new status without one has no date yet.
    statusSince: incoming.statusSince ?? (newStatus ? null : (before?.statusSince ?? null)),
    detainedAt: incoming.detainedAt ?? before?.detainedAt ?? null,
  };
}

export function sameClaim(a: SourceClaim, b: SourceClaim): boolean {
  return a.status === b.status && a.statusSince === b.statusSince && a.detainedAt === b.detainedAt;
}

/** The register's status is the one this source gave (ours may be `returned_to_custody` for its "held"). */
function agrees(claimed: PrisonerStatus | null, stored: PrisonerStatus): boolean {
  return claimed === stored || (stored === 'returned_to_custody' && claimed !== null && isInCustody(claimed));
}

/**
 * Whether what the source says about this person's status may change the register. A status set by a
 * later fact (an admin's batch, another source) is not reverted by a source whose own record is older
 * than that fact: only a change in the source's own record is news, and a change it dates before the
 * fact (the stored status date) is old news too.
 */
export function statusIsNews(stored: StoredRecord, incoming: SourceRecord): boolean {
  const claim = stored.sourceClaim;
  if (claim === undefined) return true;
  if (claim !== null) {
    if (sameClaim(claim, nextClaim(claim, incoming))) return false;
    if (agrees(claim.status, stored.status)) return true;
  }
  const fact = stored.statusSince;
  if (fact === null) return true;
  const newOnOrAfter = (given: string | undefined, before: string | null | undefined) =>
    given !== undefined && given !== before && given >= fact;
  if (newOnOrAfter(incoming.statusSince, claim?.statusSince) || newOnOrAfter(incoming.detainedAt, claim?.detainedAt))
    return true;
  // A new status the source gives no date for was seen changing after the fact; a source we never
  // read about this person before cannot show that.
  return (
    claim !== null &&
    incoming.status !== undefined &&
    incoming.status !== claim.status &&
    incoming.statusSince === undefined
  );
}
