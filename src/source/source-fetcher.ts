import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pRetry, { AbortError } from 'p-retry';
import type { Clock } from '../domain/clock.ts';
import { decodeBody } from './decode-body.ts';

export interface FetchConditions {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { status: 'not_modified'; fetchedAt: Date }
  | { status: 'fetched'; body: string; etag?: string; lastModified?: string; fetchedAt: Date };

/** Gets a source's current body: over http(s) with conditional requests, or from a file. */
export interface SourceFetcher {
  fetch(url: string, conditions: FetchConditions): Promise<FetchResult>;
}

/** The source could not be fetched; the message says why, for admins. */
export class SourceFetchError extends Error {
  override readonly name = 'SourceFetchError';
}

/** The body is over the size limit; reading stopped there. The source is unreadable, not unreachable. */
export class SourceTooLargeError extends SourceFetchError {}

/** 50 MB as "50 MB", other limits in bytes. */
function limitText(maxBytes: number): string {
  return maxBytes % (1024 * 1024) === 0 ? `${maxBytes / (1024 * 1024)} MB` : `${maxBytes}-byte`;
}

function tooLarge(where: string, maxBytes: number): SourceTooLargeError {
  return new SourceTooLargeError(`${where}: the body is over the ${limitText(maxBytes)} limit; reading stopped there`);
}

export interface FetcherOptions {
  clock: Clock;
  /** Per attempt, covering the body too. */
  timeoutMs?: number;
  /** Attempts after the first, with exponential backoff and jitter. */
  retries?: number;
  minRetryDelayMs?: number;
  /** A list of a few thousand people is a few MB; far more means something is wrong. */
  maxBytes?: number;
}

export function createSourceFetcher(options: FetcherOptions): SourceFetcher {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  return {
    async fetch(url, conditions) {
      if (!/^https?:\/\//i.test(url)) return fetchFile(url, options.clock, maxBytes);
      const attempt = () => fetchHttp(url, conditions, { timeoutMs, maxBytes, clock: options.clock });
      return pRetry(attempt, {
        retries: options.retries ?? 3,
        factor: 2,
        minTimeout: options.minRetryDelayMs ?? 1000,
        maxTimeout: 60_000,
        randomize: true,
      }).catch((error: unknown) => {
        throw error instanceof SourceFetchError ? error : new SourceFetchError(`${url}: ${describe(error)}`);
      });
    },
  };
}

async function fetchHttp(
  url: string,
  conditions: FetchConditions,
  o: { timeoutMs: number; maxBytes: number; clock: Clock },
): Promise<FetchResult> {
  const headers: Record<string, string> = {
    'user-agent': 'Vestka source sync',
    accept: 'application/json, text/csv, text/html;q=0.9, */*;q=0.5',
  };
  if (conditions.etag) headers['if-none-match'] = conditions.etag;
  if (conditions.lastModified) headers['if-modified-since'] = conditions.lastModified;
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(o.timeoutMs), redirect: 'follow' });
  if (response.status === 304) return { status: 'not_modified', fetchedAt: o.clock.now() };
  if (!response.ok) {
    const error = new SourceFetchError(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
    await response.body?.cancel();
    // A client error will not change by asking again right away; a server error or rate limit may.
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
      throw new AbortError(error);
    throw error;
  }
  // A declared length over the limit is refused before reading; without one (or compressed) the count while reading decides.
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > o.maxBytes) {
    await response.body?.cancel();
    throw new AbortError(tooLarge(url, o.maxBytes));
  }
  const bytes = await readLimited(response.body, o.maxBytes, url).catch((error: unknown) => {
    throw error instanceof SourceTooLargeError ? new AbortError(error) : error;
  });
  return {
    status: 'fetched',
    body: decodeBody(bytes, response.headers.get('content-type')),
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
    fetchedAt: o.clock.now(),
  };
}

/**
 * A file stands in for a source (exports saved by hand, tests). It is read every time: reading a
 * local file costs nothing, and a modification time is too coarse to trust (two saves in one
 * second); an unchanged body is recognised by its hash instead.
 */
async function fetchFile(pathOrUrl: string, clock: Clock, maxBytes: number): Promise<FetchResult> {
  const path = pathOrUrl.startsWith('file:') ? fileURLToPath(pathOrUrl) : pathOrUrl;
  try {
    const info = await stat(path);
    if (info.size > maxBytes) throw tooLarge(path, maxBytes);
    // A file can grow while it is read, and a device (/dev/zero) has no size: read one byte past the limit at most.
    const stream = createReadStream(path, { start: 0, end: maxBytes });
    const bytes = await readLimited(stream as AsyncIterable<Buffer>, maxBytes, path);
    return {
      status: 'fetched',
      body: decodeBody(bytes, null),
      lastModified: info.mtime.toUTCString(),
      fetchedAt: clock.now(),
    };
  } catch (error) {
    if (error instanceof SourceFetchError) throw error;
    throw new SourceFetchError(`${path}: ${describe(error)}`);
  }
}

/** Reads a body up to `maxBytes`, counting as it goes (after any content decoding), and stops there. */
async function readLimited(
  body: AsyncIterable<Uint8Array> | null,
  maxBytes: number,
  where: string,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Leaving the loop early (the throw) cancels the stream: the connection or file is closed, nothing more is read.
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLarge(where, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'no answer within the time limit';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const code = (error as { code?: string }).code ?? cause?.code;
    return code ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
