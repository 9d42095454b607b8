import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSourceFetcher, SourceTooLargeError } from '../../src/source/source-fetcher.ts';

/** A stand-in for the source website: each test sets how it answers. */
let server: Server;
let base: string;
let handler: (req: IncomingMessage, res: ServerResponse) => void;
let requests: IncomingMessage[];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests = [];
});

const clock = { now: () => new Date('2026-03-20T10:15:00Z') };
const fetcher = createSourceFetcher({ clock, timeoutMs: 300, retries: 2, minRetryDelayMs: 5 });

describe('the source fetcher over http', () => {
  it('sends ETag and Last-Modified back and reads a 304 as "not modified"', async () => {
    handler = (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res
        .writeHead(200, {
          etag: '"v1"',
          'last-modified': 'Fri, 20 Mar 2026 10:00:00 GMT',
          'content-type': 'application/json',
        })
        .end('{"records":[]}');
    };
    const first = await fetcher.fetch(`${base}/feed.json`, {});
    expect(first).toEqual({
      status: 'fetched',
      body: '{"records":[]}',
      etag: '"v1"',
      lastModified: 'Fri, 20 Mar 2026 10:00:00 GMT',
      fetchedAt: clock.now(),
    });
    expect(
      await fetcher.fetch(`${base}/feed.json`, { etag: '"v1"', lastModified: 'Fri, 20 Mar 2026 10:00:00 GMT' }),
    ).toEqual({ status: 'not_modified', fetchedAt: clock.now() });
    // Found by its header, not its index: on a busy machine a 300 ms attempt may time out and be retried.
    expect(requests.find((r) => r.headers['if-none-match'])!.headers['if-modified-since']).toBe(
      'Fri, 20 Mar 2026 10:00:00 GMT',
    );
  });

  it('retries a failing server with backoff and succeeds when it recovers', async () => {
    handler = (_req, res) => (requests.length < 3 ? res.writeHead(503).end() : res.writeHead(200).end('ok'));
    expect(await fetcher.fetch(`${base}/x`, {})).toMatchObject({ status: 'fetched', body: 'ok' });
    expect(requests).toHaveLength(3);
  });

  it('gives up after the retries with the last reason', async () => {
    handler = (_req, res) => res.writeHead(502, 'Bad Gateway').end();
    await expect(fetcher.fetch(`${base}/x`, {})).rejects.toThrow(`${base}/x: HTTP 502 Bad Gateway`);
    expect(requests).toHaveLength(3);
  });

  it('does not retry a 404: asking again will not help', async () => {
    handler = (_req, res) => res.writeHead(404, 'Not Found').end();
    await expect(fetcher.fetch(`${base}/gone`, {})).rejects.toThrow('HTTP 404 Not Found');
    expect(requests).toHaveLength(1);
  });

  it('times out a source that does not answer', async () => {
    handler = () => {}; // never answers
    // The rejection is the time limit at work (without one the call would hang until the test's own limit).
    await expect(fetcher.fetch(`${base}/slow`, {})).rejects.toThrow('no answer within the time limit');
    expect(requests).toHaveLength(3);
  });

  /** Answers with an endless body (plain or gzip), and counts what it managed to send until the client hung up. */
  function endless(
    res: ServerResponse,
    options: { gzip?: boolean; contentLength?: number } = {},
  ): { sent: () => number; closed: Promise<void> } {
    let sent = 0;
    const closed = new Promise<void>((resolve) => res.on('close', resolve));
    const chunk = Buffer.alloc(64 * 1024, options.gzip ? 0 : 0x78);
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(options.gzip ? { 'content-encoding': 'gzip' } : {}),
      ...(options.contentLength ? { 'content-length': options.contentLength } : {}),
    });
    const sink = options.gzip ? createGzip() : undefined;
    sink?.pipe(res);
    const target = sink ?? res;
    const pump = () => {
      while (!res.destroyed && !res.writableEnded) {
        sent += chunk.length;
        if (!target.write(chunk)) return void target.once('drain', pump);
      }
    };
    pump();
    return { sent: () => sent, closed };
  }

  it('stops reading an endless body without Content-Length at the limit, and says so without retrying', async () => {
    const small = createSourceFetcher({
      clock,
      timeoutMs: 20_000,
      retries: 2,
      minRetryDelayMs: 5,
      maxBytes: 1024 * 1024,
    });
    let body: ReturnType<typeof endless> | undefined;
    handler = (_req, res) => void (body = endless(res));
    const error = await small.fetch(`${base}/huge.json`, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceTooLargeError);
    expect((error as Error).message).toBe(`${base}/huge.json: the body is over the 1 MB limit; reading stopped there`);
    await body!.closed; // the connection was closed: the server cannot push more
    expect(requests).toHaveLength(1);
  });

  it('counts a compressed body after decoding: a small gzip stream that inflates past the limit is stopped', async () => {
    const small = createSourceFetcher({ clock, timeoutMs: 20_000, retries: 0, maxBytes: 1024 * 1024 });
    let body: ReturnType<typeof endless> | undefined;
    handler = (_req, res) => void (body = endless(res, { gzip: true }));
    await expect(small.fetch(`${base}/bomb.json`, {})).rejects.toThrow(
      'the body is over the 1 MB limit; reading stopped there',
    );
    await body!.closed;
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    const small = createSourceFetcher({ clock, timeoutMs: 20_000, retries: 2, maxBytes: 1024 * 1024 });
    handler = (_req, res) => void endless(res, { contentLength: 3 * 1024 * 1024 * 1024 });
    await expect(small.fetch(`${base}/declared.json`, {})).rejects.toThrow(SourceTooLargeError);
    expect(requests).toHaveLength(1);
  });

  it('decodes a windows-1251 export without a declared charset', async () => {
    const cp1251 = Buffer.from([0xc8, 0xec, 0xff]); // "Имя"
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'text/csv' }).end(cp1251);
    expect(await fetcher.fetch(`${base}/export.csv`, {})).toMatchObject({ body: 'Имя' });
  });
});

describe('the source fetcher on files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vestka-fetch-'));
  const path = join(dir, 'feed.json');

  it('reads a file every time (a body hash, not the coarse modification time, tells it is unchanged)', async () => {
    writeFileSync(path, '{"records":[]}');
    utimesSync(path, new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'));
    expect(await fetcher.fetch(path, {})).toMatchObject({
      status: 'fetched',
      body: '{"records":[]}',
      lastModified: 'Sun, 01 Mar 2026 00:00:00 GMT',
    });
    writeFileSync(path, '{"records":[1]}');
    utimesSync(path, new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'));
    expect(await fetcher.fetch(path, { lastModified: 'Sun, 01 Mar 2026 00:00:00 GMT' })).toMatchObject({
      status: 'fetched',
      body: '{"records":[1]}',
    });
  });

  it('refuses a file over the limit, and reads a device without a size (/dev/zero) only up to the limit', async () => {
    const small = createSourceFetcher({ clock, maxBytes: 1024 });
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(1025));
    await expect(small.fetch(join(dir, 'big.json'), {})).rejects.toThrow(
      `${join(dir, 'big.json')}: the body is over the 1024-byte limit; reading stopped there`,
    );
    await expect(small.fetch('/dev/zero', {})).rejects.toThrow(SourceTooLargeError);
  });

  it('reads a UTF-16 file by its byte order mark (Excel\'s "Unicode text" export)', async () => {
    const text = 'Імя і прозвішча\tСтатус\nАлесь Бяляцкі\tпалітвязень\n';
    writeFileSync(join(dir, 'unicode.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(await fetcher.fetch(join(dir, 'unicode.csv'), {})).toMatchObject({ body: text });
  });

  it('says which file is missing', async () => {
    await expect(fetcher.fetch(join(dir, 'nope.json'), {})).rejects.toThrow(/nope\.json: .*ENOENT/);
  });
});
