import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueOutbox } from '../../src/db/queries/outbox.ts';
import { claimOutbox } from '../../src/db/queries/outbox-claims.ts';
import { settleOutbox } from '../../src/db/queries/outbox-settle.ts';
import { BotHarness, texts } from '../support/bot-harness.ts';

const ADMIN = 4242;
const NOW = new Date('2026-05-01T10:00:00Z');
let harness: BotHarness;
beforeAll(async () => {
  harness = await BotHarness.create({ adminIds: [ADMIN], clock: { now: () => NOW } });
  const db = harness.database.db;
  await enqueueOutbox(db, [
    { chatId: 987_654_321, kind: 'alert', dedupKey: 'q1', text: 'a', availableAt: new Date(NOW.getTime() - 90_000) },
    { chatId: 987_654_322, kind: 'alert', dedupKey: 'q2', text: 'b', availableAt: NOW },
    { chatId: 987_654_323, kind: 'digest', dedupKey: 'q3', text: 'c', availableAt: NOW },
  ]);
  const claimed = await claimOutbox(db, { worker: 'w', limit: 2, now: NOW, leaseUntil: new Date(NOW.getTime() + 30_000) });
  await settleOutbox(db, 'w', [
    { id: claimed[0]!.id, chatId: claimed[0]!.chatId, result: 'sent', partsSent: 1, chatFreeAt: NOW, attempt: { at: new Date(NOW.getTime() - 30_000), outcome: 'sent' } },
    { id: claimed[1]!.id, chatId: claimed[1]!.chatId, result: 'retry', partsSent: 0, availableAt: NOW, attempt: { at: NOW, outcome: 'rate_limited', errorCode: 429, retryAfterSeconds: 3 } },
  ]);
});
afterAll(async () => harness.close());

describe('/queue', () => {
  it('shows an admin the queue by kind, the oldest waiting message, sends and failures', async () => {
    const [reply] = texts(await harness.send({ id: ADMIN, language_code: 'en' }, '/queue'));
    expect(reply).toContain('<b>Delivery queue</b>');
    expect(reply).toContain('Waiting: 2, being sent: 0');
    expect(reply).toContain('• alert: 1 waiting, 0 being sent');
    expect(reply).toContain('• digest: 1 waiting, 0 being sent');
    expect(reply).toMatch(/Oldest waiting message queued \d+ s ago/);
    expect(reply).toContain('Sent: 1 in the last minute, 1 in the last hour');
    expect(reply).toContain('Failed attempts in the last hour: 1');
    expect(reply).toContain('• alert / rate_limited: 1');
    // service-wide figures only: no chat of anyone
    expect(reply).not.toMatch(/98765432/);
  });

  it('answers in the admin\'s language', async () => {
    const [reply] = texts(await harness.send({ id: ADMIN, language_code: 'ru' }, '/queue'));
    expect(reply).toContain('Очередь отправки');
  });

  it('gives anyone else the ordinary answer to an unknown message, with no hint the command exists', async () => {
    const [reply] = texts(await harness.send({ id: 5555, language_code: 'en' }, '/queue'));
    const [other] = texts(await harness.send({ id: 5555, language_code: 'en' }, '/nosuchcommand'));
    expect(reply).toBe(other);
    expect(reply).not.toMatch(/queue/i);
  });
});
