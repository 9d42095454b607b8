import { request } from 'node:http';

/**
 * POSTs headers that announce a body of `length` bytes, then sends nothing; resolves with the status.
 * The answer must come from the headers alone (an oversized declared length is refused at once), and
 * no write can race the server closing the connection.
 */
export function announceOnly(url: string, length: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(length), ...headers },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode!);
      req.destroy();
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}
