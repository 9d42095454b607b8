import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDeliveryMetrics } from '../../src/app/delivery-metrics.ts';
import { enqueueOutbox } from '../../src/db/queries/outbox.ts';
import { queueFigures } from '../../src/db/queries/outbox-stats.ts';
import { backendName, createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

describe(`delivery on /metrics (${backendName()})`, () => {
  it('exposes queue depth, the oldest pending age, sends per second and failures by kind', async () => {
    const now = new Date();
    await enqueueOutbox(database.db, [
      { chatId: 1, kind: 'alert', dedupKey: 'm1', text: 'x', availableAt: new Date(now.getTime() - 120_000) },
      { chatId: 2, kind: 'digest', dedupKey: 'm2', text: 'x' },
      { chatId: 3, kind: 'digest', dedupKey: 'm3', text: 'x' },
    ]);
    const registry = new Registry();
    const events = registerDeliveryMetrics(registry, () => queueFigures(database.db, new Date()));
    events.attempted('alert', 'sent');
    events.attempted('alert', 'sent');
    events.attempted('digest', 'rate_limited');
    events.attempted('digest', 'deferred');
    const text = await registry.metrics();
    expect(text).toContain('vestka_outbox_depth{kind="alert",status="pending"} 1');
    expect(text).toContain('vestka_outbox_depth{kind="digest",status="pending"} 2');
    expect(text).toContain('vestka_outbox_depth{kind="grave_alert",status="sending"} 0');
    expect(text).toContain('vestka_outbox_sent_total{kind="alert"} 2');
    expect(text).toContain('vestka_outbox_failures_total{kind="digest",outcome="rate_limited"} 1');
    expect(text).toContain('vestka_outbox_deferred_total{kind="digest"} 1');
    expect(text).toMatch(/vestka_outbox_sent_per_second 0\n/);
    const due = Number(/^vestka_outbox_oldest_due_lag_seconds (\S+)$/m.exec(text)![1]);
    expect(due).toBeGreaterThanOrEqual(119);
    expect(Number(/^vestka_outbox_oldest_pending_age_seconds (\S+)$/m.exec(text)![1])).toBeGreaterThanOrEqual(0);
  });
});
