import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pRetry, { AbortError } from 'p-retry';
import type { Clock } from '../app/clock.ts';
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
      return pRetry(attempt, { retries: options.retries ?? 3, factor: 2, minTimeout: options.minRetryDelayMs ?? 1000, maxTimeout: 60_000, randomize: true }).catch((error: unknown) => {
        throw error instanceof SourceFetchError ? error : new SourceFetchError(`${url}: ${describe(error)}`);
      });
    },
  };
}

async function fetchHttp(url: string, conditions: FetchConditions, o: { timeoutMs: number; maxBytes: number; clock: Clock }): Promise<FetchResult> {
  const headers: Record<string, string> = { 'user-agent': 'Vestka source sync', accept: 'application/json, text/csv, text/html;q=0.9, */*;q=0.5' };
  if (conditions.etag) headers['if-none-match'] = conditions.etag;
  if (conditions.lastModified) headers['if-modified-since'] = conditions.lastModified;
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(o.timeoutMs), redirect: 'follow' });
  if (response.status === 304) return { status: 'not_modified', fetchedAt: o.clock.now() };
  if (!response.ok) {
    const error = new SourceFetchError(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
    await response.body?.cancel();
    // A client error will not change by asking again right away; a server error or rate limit may.
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) throw new AbortError(error);
    throw error;
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > o.maxBytes) throw new AbortError(new SourceFetchError(`${url}: the body is ${length} bytes, over the ${o.maxBytes} limit`));
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > o.maxBytes) throw new AbortError(new SourceFetchError(`${url}: the body is over the ${o.maxBytes}-byte limit`));
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
    if (info.size > maxBytes) throw new SourceFetchError(`${path}: the file is over the ${maxBytes}-byte limit`);
    return { status: 'fetched', body: decodeBody(await readFile(path), null), lastModified: info.mtime.toUTCString(), fetchedAt: clock.now() };
  } catch (error) {
    if (error instanceof SourceFetchError) throw error;
    throw new SourceFetchError(`${path}: ${describe(error)}`);
  }
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
