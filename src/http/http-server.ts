import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServerOptions {
  host: string;
  port: number;
  registry: Registry;
  /** Answers whether the service can do its work (the database answers). */
  health: () => Promise<boolean>;
  /** Telegram's webhook path and handler, in webhook mode. */
  webhook?: { path: string; handler: RouteHandler };
}

/** One small server for /healthz, /metrics and, in webhook mode, Telegram's updates. */
export async function startHttpServer(options: HttpServerOptions): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void route(req, res, options).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, options: HttpServerOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (req.method === 'GET' && path === '/healthz') {
    const healthy = await options.health().catch(() => false);
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: healthy }));
    return;
  }
  if (req.method === 'GET' && path === '/metrics') {
    res.writeHead(200, { 'content-type': options.registry.contentType }).end(await options.registry.metrics());
    return;
  }
  if (options.webhook && req.method === 'POST' && path === options.webhook.path) {
    await options.webhook.handler(req, res);
    return;
  }
  res.writeHead(404).end();
}
