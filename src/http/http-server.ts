import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface Listener {
  port: number;
  /** Stops taking connections; requests under way get `graceMs` to finish, then are cut. */
  close(graceMs?: number): Promise<void>;
}

/** The port (or address) in a setting cannot be bound: the operator's to fix, said in one line. */
export class ListenError extends Error {
  constructor(
    readonly setting: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One HTTP listener. A request is never answered 500 for a fault of its own: a handler that throws
 * anyway gets a bare 500 here rather than an unhandled rejection.
 */
export async function listen(options: {
  host: string;
  port: number;
  setting: string;
  hostSetting: string;
  handle: RequestHandler;
}): Promise<Listener> {
  const server = createServer((req, res) => {
    void options.handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  // A request must arrive whole within this time: a client trickling its body holds no socket for long.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options)));
    server.listen(options.port, options.host, resolve);
  });
  return { port: (server.address() as AddressInfo).port, close: (graceMs) => closeServer(server, graceMs ?? 0) };
}

function listenError(
  error: NodeJS.ErrnoException,
  o: { host: string; port: number; setting: string; hostSetting: string },
): ListenError {
  const where = `${o.host}:${o.port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new ListenError(
        o.setting,
        error.code,
        `${o.setting}=${o.port} is already in use on ${o.host} (another program, or another Vestka, listens there). Stop it or choose another ${o.setting}.`,
      );
    case 'EACCES':
      return new ListenError(
        o.setting,
        error.code,
        `${o.setting}=${o.port} may not be used by this user on ${o.host} (ports below 1024 need privileges). Choose a port from 1024 up.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ListenError(
        o.hostSetting,
        error.code,
        `${o.hostSetting}=${o.host} is not an address of this machine. Use 127.0.0.1, 0.0.0.0 or one of its own addresses.`,
      );
    default:
      return new ListenError(
        o.setting,
        error.code,
        `Cannot listen on ${where} (${o.setting}): ${error.code ?? error.message}.`,
      );
  }
}

async function closeServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
  await Promise.race([closed, grace]);
  clearTimeout(timer);
  server.closeAllConnections();
  await closed;
}
