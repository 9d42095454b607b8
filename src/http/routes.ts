import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import { answer } from './answer.ts';
import type { RequestHandler } from './http-server.ts';

/** The admin desk (src/desk), given the request's path. */
export type DeskHandler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;

/** Whether the service can do its work (the database answers); undefined while it is still starting. */
export type Health = () => Promise<boolean> | undefined;

/**
 * The public port: /healthz for a load balancer, the admin desk under /desk (a Telegram Mini App,
 * every API call signed by Telegram) and, in webhook mode, Telegram's path. Nothing
 * operational (no metrics) is served here: this port may face the internet.
 */
export function publicRoutes(options: {
  health: Health;
  webhook?: { path: string; handler: () => RequestHandler | undefined };
  desk?: () => DeskHandler | undefined;
}): RequestHandler {
  return async (req, res) => {
    const path = pathOf(req);
    if (path === '/healthz' && isRead(req)) return healthz(res, options.health);
    if (options.desk && (path === '/desk' || path.startsWith('/desk/'))) {
      const handler = options.desk();
      if (!handler) return answer(res, 503, 'starting', { 'retry-after': '5' });
      return handler(req, res, path);
    }
    if (options.webhook && path === options.webhook.path && req.method === 'POST') {
      const handler = options.webhook.handler();
      // Still starting: Telegram keeps the update and tries again.
      if (!handler) return answer(res, 503, 'starting', { 'retry-after': '5' });
      return handler(req, res);
    }
    return answer(res, 404, 'not found');
  };
}

/** The operations port (127.0.0.1 by default): Prometheus metrics and the same /healthz. */
export function opsRoutes(options: { health: Health; registry: Registry }): RequestHandler {
  return async (req, res) => {
    const path = pathOf(req);
    if (path === '/metrics' && isRead(req)) {
      const text = await options.registry.metrics();
      res.writeHead(200, { 'content-type': options.registry.contentType }).end(text);
      return;
    }
    if (path === '/healthz' && isRead(req)) return healthz(res, options.health);
    return answer(res, 404, 'not found');
  };
}

async function healthz(res: ServerResponse, health: Health): Promise<void> {
  const answer = health();
  const status = answer === undefined ? 'starting' : (await answer.catch(() => false)) ? 'ok' : 'failing';
  res
    .writeHead(status === 'ok' ? 200 : 503, { 'content-type': 'application/json' })
    .end(JSON.stringify({ ok: status === 'ok', status }));
}

function pathOf(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

function isRead(req: IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}
