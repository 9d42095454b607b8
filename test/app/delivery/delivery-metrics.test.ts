import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { registerDeliveryMetrics } from '../../../src/app/delivery/delivery-metrics.ts';
import { readDeliveryHealth } from '../../../src/app/delivery/queue-report.ts';
import { enqueueOutbox } from '../../../src/db/queries/outbox.ts';
import { claimOutbox } from '../../../src/db/queries/outbox-claims.ts';
import { settleOutbox } from '../../../src/db/queries/outbox-settle.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();

const NOW = new Date('2026-05-01T10:00:00Z');
const clock = { now: () => NOW };

async function scrape(): Promise<string> {
  const registry = new Registry();
  registerDeliveryMetrics(registry, () => readDeliveryHealth(database.db, clock), clock);
  return registry.metrics();
}

/** Alerts to `followers` chats about one person, claimed and delivered a moment ago. */
async function deliverAlerts(followers: number): Promise<void> {
  await enqueueOutbox(
    database.db,
    Array.from({ length: followers }, (_, i) => ({
      chatId: 1000 + i,
      kind: 'alert' as const,
      dedupKey: `a${i}`,
      text: 'x',
      availableAt: new Date(NOW.getTime() - 3000),
    })),
  );
  const claimed = await claimOutbox(database.db, {
    worker: 'w',
    limit: 100,
    now: new Date(NOW.getTime() - 2000),
    leaseUntil: NOW,
  });
  await settleOutbox(
    database.db,
    'w',
    claimed.slice(0, -1).map((r) => ({
      id: r.id,
      chatId: r.chatId,
      result: 'sent' as const,
      partsSent: 1,
      chatFreeAt: NOW,
      attempt: { at: new Date(NOW.getTime() - 1000), outcome: 'sent' as const },
    })),
  );
}

describe(`delivery on /metrics (${backendName()})`, () => {
  it("does not move when a person's followers are told: no counter of sends, no queue depth", async () => {
    const before = await scrape();
    await deliverAlerts(3);
    const after = await scrape();
    expect(after).toBe(before);
    expect(after).not.toMatch(/sent_total|depth|per_second|kind=/);
    expect(after).toContain('vestka_delivery_state{class="alerts",state="on_time"} 1');
    expect(after).toContain('vestka_delivery_delivered_7d_at_least 0');
    expect(after).toContain('vestka_delivery_failed_percent_24h -1');
  });

  it('shows an alert that has waited too long, by class and in minutes', async () => {
    await enqueueOutbox(database.db, [
      { chatId: 1, kind: 'grave_alert', dedupKey: 'm1', text: 'x', availableAt: new Date(NOW.getTime() - 20 * 60_000) },
      { chatId: 2, kind: 'digest', dedupKey: 'm2', text: 'x', availableAt: new Date(NOW.getTime() - 20 * 60_000) },
    ]);
    const text = await scrape();
    expect(text).toContain('vestka_delivery_state{class="alerts",state="stalled"} 1');
    expect(text).toContain('vestka_delivery_waiting_minutes{class="alerts"} 20');
    expect(text).toContain('vestka_delivery_state{class="other",state="delayed"} 1');
    expect(text).toContain('vestka_delivery_refused 0');
  });
});
