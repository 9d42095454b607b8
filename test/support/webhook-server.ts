import type { Update } from 'grammy/types';
import { Registry } from 'prom-client';
import { listen, type Listener } from '../../src/http/http-server.ts';
import { opsRoutes, publicRoutes, type Health } from '../../src/http/routes.ts';
import { telegramWebhook } from '../../src/http/telegram-webhook.ts';

export const WEBHOOK_SECRET = 'webhook-secret-0123456789abcdef';

/**
 * The program's two listeners as main.ts wires them, on free loopback ports, with a webhook whose
 * updates are recorded instead of handled by a bot.
 */
export async function startWebhookServer(
  options: { health?: Health; handleUpdate?: (update: Update) => Promise<void> } = {},
) {
  const updates: Update[] = [];
  const registry = new Registry();
  const health = options.health ?? (() => Promise.resolve(true));
  const webhook = telegramWebhook({
    secret: WEBHOOK_SECRET,
    handleUpdate: options.handleUpdate ?? ((update) => (updates.push(update), Promise.resolve())),
  });
  const publicListener: Listener = await listen({
    host: '127.0.0.1',
    port: 0,
    setting: 'PORT',
    hostSetting: 'HOST',
    handle: publicRoutes({ health, webhook: { path: '/tg/hook', handler: () => webhook } }),
  });
  const ops: Listener = await listen({
    host: '127.0.0.1',
    port: 0,
    setting: 'METRICS_PORT',
    hostSetting: 'METRICS_HOST',
    handle: opsRoutes({ health, registry }),
  });
  return {
    updates,
    registry,
    hook: `http://127.0.0.1:${publicListener.port}/tg/hook`,
    publicBase: `http://127.0.0.1:${publicListener.port}`,
    opsBase: `http://127.0.0.1:${ops.port}`,
    publicPort: publicListener.port,
    async close() {
      await publicListener.close();
      await ops.close();
    },
  };
}

/** A valid update: a private /start. */
export function startUpdate(updateId: number, chatId = 8001): Update {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 0,
      text: '/start',
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      chat: { id: chatId, type: 'private', first_name: 'U' },
      from: { id: chatId, is_bot: false, first_name: 'U', language_code: 'en' },
    },
  };
}
