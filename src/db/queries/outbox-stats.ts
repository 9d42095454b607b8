import { sql } from 'drizzle-orm';
import { OUTBOX_KINDS, type OutboxKind } from '../../domain/delivery.ts';
import { deliveryClass, type DeliveryFigures } from '../../domain/delivery-health.ts';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';

const ALERT_KINDS = OUTBOX_KINDS.filter((k) => deliveryClass(k) === 'alerts');

/** The kinds of the alerts class as an SQL list (constants from the domain, not user data). */
function alertKinds(): ReturnType<typeof sql.raw> {
  return sql.raw(ALERT_KINDS.map((k: OutboxKind) => `'${k}'`).join(', '));
}

/**
 * Service-wide delivery figures, raw; `deliveryHealth` (src/domain/delivery-health.ts) decides what
 * of them anyone is shown. A message waits from when it became due, or from its first failed attempt
 * when it is retrying (a row held for quiet hours or backing off has not waited yet by the first rule,
 * but has by the second).
 */
export async function deliveryFigures(db: Db, now: Date): Promise<DeliveryFigures> {
  const at = now.toISOString();
  const [waiting] = rowsOf<{ alerts: unknown; other: unknown }>(
    await db.execute(sql`
    with waiting as (
      select o.kind, case when o.attempts = 0 then o.available_at
        else coalesce((select min(a.at) from outbox_attempts a where a.outbox_id = o.id and a.outcome <> 'sent'), o.available_at) end as since
      from outbox o
      where o.status in ('pending', 'sending') and (o.available_at <= ${at}::timestamptz or o.attempts > 0)
    )
    select min(since) filter (where kind in (${alertKinds()})) as alerts, min(since) filter (where kind not in (${alertKinds()})) as other from waiting`),
  );
  const [attempts] = rowsOf<{ delivered: unknown; tried: unknown; failed: unknown }>(
    await db.execute(sql`
    select count(*) filter (where outcome = 'sent') as delivered,
      count(*) filter (where at > ${at}::timestamptz - interval '1 day') as tried,
      count(*) filter (where at > ${at}::timestamptz - interval '1 day' and outcome not in ('sent', 'blocked', 'migrated')) as failed
    from outbox_attempts where at > ${at}::timestamptz - interval '7 days'`),
  );
  const [refused] = rowsOf<{ any: unknown }>(await db.execute(sql`select exists (select 1 from dead_letters) as any`));
  return {
    waitingSince: { alerts: toDate(waiting?.alerts), other: toDate(waiting?.other) },
    deliveredLastWeek: Number(attempts?.delivered ?? 0),
    attemptsLastDay: Number(attempts?.tried ?? 0),
    failedAttemptsLastDay: Number(attempts?.failed ?? 0),
    refused: refused?.any === true || refused?.any === 't',
  };
}

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  return typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
}

/** Rows not yet settled (pending at any time, or being sent). */
export async function unsettledCount(db: Db): Promise<number> {
  const [row] = rowsOf<{ count: unknown }>(
    await db.execute(sql`select count(*) as count from outbox where status in ('pending', 'sending')`),
  );
  return Number(row?.count ?? 0);
}
