import type { Db } from '../../db/database.ts';
import { deliveryFigures, unsettledCount } from '../../db/queries/outbox-stats.ts';
import { deliveryHealth, type DeliveryHealth } from '../../domain/delivery-health.ts';
import type { Clock } from '../../domain/clock.ts';

/**
 * How delivery is doing, for /queue and /metrics alike: waiting times and coarse service-wide
 * figures, nothing that moves with one batch's recipients (see deliveryHealth).
 */
export async function readDeliveryHealth(db: Db, clock: Clock): Promise<DeliveryHealth> {
  const now = clock.now();
  return deliveryHealth(await deliveryFigures(db, now), now);
}

/** Nothing left to send or retry: what `cli -- drain --until-empty` waits for. */
export async function outboxIsEmpty(db: Db): Promise<boolean> {
  return (await unsettledCount(db)) === 0;
}
