import type { ServerResponse } from 'node:http';

/** How long a refused client has to read our answer before the connection is cut. */
const LINGER_MS = 1_000;

/**
 * A short plain-text answer. When the request's body has not been read whole (refused before or
 * while reading it), the connection is closed after the answer instead of reading on: the rest of
 * the body is never read into memory. The socket lingers a moment, dropping what still arrives, so
 * the client gets to read the answer rather than a reset.
 */
export function answer(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const unread = !res.req.complete;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    ...headers,
    ...(unread ? { connection: 'close' } : {}),
  });
  res.end(`${text}\n`, () => {
    if (!unread) return;
    const socket = res.req.socket;
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
}
