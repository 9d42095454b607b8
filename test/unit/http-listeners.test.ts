import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Counter, Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, ListenError, type Listener } from '../../src/http/http-server.ts';
import { opsRoutes, publicRoutes } from '../../src/http/routes.ts';
import { startUpdate, startWebhookServer, WEBHOOK_SECRET } from '../support/webhook-server.ts';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of open.splice(0)) await item.close();
});

describe('the public and the operations listener', () => {
  it('serves metrics only on the operations listener; /healthz on both', async () => {
    const server = await startWebhookServer();
    open.push(server);
    server.registry.registerMetric(new Counter({ name: 'vestka_test_total', help: 'a test counter', registers: [] }));
    expect((await fetch(`${server.publicBase}/metrics`)).status).toBe(404);
    const metrics = await fetch(`${server.opsBase}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('vestka_test_total 0');
    for (const base of [server.publicBase, server.opsBase]) {
      const health = await fetch(`${base}/healthz`);
      expect([health.status, await health.json()]).toEqual([200, { ok: true, status: 'ok' }]);
    }
  });

  it('/healthz says "starting" (503) before the database is open and "failing" when it does not answer', async () => {
    let state: 'starting' | 'failing' = 'starting';
    const server = await startWebhookServer({
      health: () => (state === 'starting' ? undefined : Promise.reject(new Error('connection refused'))),
    });
    open.push(server);
    const starting = await fetch(`${server.publicBase}/healthz`);
    expect([starting.status, await starting.json()]).toEqual([503, { ok: false, status: 'starting' }]);
    state = 'failing';
    const failing = await fetch(`${server.opsBase}/healthz`);
    expect([failing.status, await failing.json()]).toEqual([503, { ok: false, status: 'failing' }]);
  });

  it('answers the webhook 503 while the bot is not up yet, so Telegram keeps the update', async () => {
    const listener = await listen({
      host: '127.0.0.1',
      port: 0,
      setting: 'PORT',
      hostSetting: 'HOST',
      handle: publicRoutes({ health: () => undefined, webhook: { path: '/tg/hook', handler: () => undefined } }),
    });
    open.push(listener);
    const response = await fetch(`http://127.0.0.1:${listener.port}/tg/hook`, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
      body: JSON.stringify(startUpdate(1)),
    });
    expect(response.status).toBe(503);
  });

  it('hands a real update to the bot and answers 200 once it is handled', async () => {
    const server = await startWebhookServer();
    open.push(server);
    const response = await fetch(server.hook, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
      body: JSON.stringify(startUpdate(41)),
    });
    expect(response.status).toBe(200);
    expect(server.updates).toEqual([startUpdate(41)]);
  });
});

describe('a port that cannot be bound', () => {
  async function occupied(): Promise<{ port: number; close(): Promise<void> }> {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      port: (server.address() as AddressInfo).port,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  it.each(['PORT', 'METRICS_PORT'])('is reported in one plain line naming %s', async (setting) => {
    const taken = await occupied();
    open.push(taken);
    const attempt = listen({
      host: '127.0.0.1',
      port: taken.port,
      setting,
      hostSetting: setting.replace('PORT', 'HOST'),
      handle: opsRoutes({ health: () => undefined, registry: new Registry() }),
    });
    const error = await attempt.then(
      (listener: Listener) => {
        open.push(listener);
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ListenError);
    expect((error as ListenError).message).toBe(
      `${setting}=${taken.port} is already in use on 127.0.0.1 (another program, or another Vestka, listens there). Stop it or choose another ${setting}.`,
    );
  });

  it('names HOST when the address is not one of this machine', async () => {
    const error = await listen({
      host: '192.0.2.1',
      port: 0,
      setting: 'PORT',
      hostSetting: 'HOST',
      handle: opsRoutes({ health: () => undefined, registry: new Registry() }),
    }).catch((e: unknown) => e);
    expect((error as ListenError).message).toMatch(/^HOST=192\.0\.2\.1 is not an address of this machine/);
  });
});
