import { sql } from 'drizzle-orm';
import type { SourceClaim } from '../../domain/source-record.ts';
import type { Db } from '../database.ts';
import { records } from '../rows.ts';

const CHUNK = 5000;

/** Remembers what a source now says about each person's status (one statement per chunk). */
export async function saveClaims(
  db: Db,
  sourceId: number,
  claims: readonly { prisonerId: number; claim: SourceClaim }[],
  at: Date,
): Promise<void> {
  for (let i = 0; i < claims.length; i += CHUNK) {
    const rows = claims
      .slice(i, i + CHUNK)
      .map(({ prisonerId, claim }) => ({ p: prisonerId, s: claim.status, d: claim.statusSince, t: claim.detainedAt }));
    await db.execute(sql`
      insert into source_claims (source_id, prisoner_id, status, status_since, detained_at, updated_at)
      select ${sourceId}, v.p, v.s, v.d, v.t, ${at.toISOString()}::timestamptz from ${records(rows, 'p integer, s text, d date, t date')}
      on conflict (source_id, prisoner_id) do update
        set status = excluded.status, status_since = excluded.status_since, detained_at = excluded.detained_at, updated_at = excluded.updated_at`);
  }
}
