import { eq } from 'drizzle-orm';
import type { PendingNameMatcher } from '../../src/app/status-changes/pending-follows.ts';
import type { SyncDeps } from '../../src/app/sync/ports.ts';
import { createI18n, translatorFrom } from '../../src/bot/i18n.ts';
import type { Db } from '../../src/db/database.ts';
import { syncConfiguredSources, type SourceRow } from '../../src/db/queries/sources.ts';
import { follows, outbox, prisoners, sources, statusHistory, subscribers } from '../../src/db/schema/index.ts';
import type { Language } from '../../src/domain/language.ts';
import { DEFAULT_THRESHOLDS } from '../../src/domain/sync-plan.ts';
import type { FetchResult, SourceFetcher } from '../../src/source/source-fetcher.ts';

/** The source website, faked at the edge: each test says what the next fetch answers. */
export class FakeSource implements SourceFetcher {
  next: () => FetchResult | Promise<FetchResult> = () => Promise.reject(new Error('no answer set'));
  constructor(private readonly clock: { now(): Date }) {}
  serve(body: string): void {
    this.next = () => ({ status: 'fetched', body, fetchedAt: this.clock.now() });
  }
  fail(message: string): void {
    this.next = () => Promise.reject(new Error(message));
  }
  fetch(): Promise<FetchResult> {
    return Promise.resolve(this.next());
  }
}

/** A deliberately simple stand-in for the name engine: same text, any case. */
export const sameNameMatcher: PendingNameMatcher = (pending, person) =>
  person.names.some((n) => n.toLowerCase() === pending.trim().toLowerCase());

export interface FeedPerson {
  id: string;
  names?: { text: string; lang?: string }[];
  [field: string]: unknown;
}

export function person(id: number | string, fields: Record<string, unknown> = {}): FeedPerson {
  return {
    id: `p${id}`,
    names: [
      { text: `Асоба ${id}`, lang: 'be' },
      { text: `Person ${id}`, lang: 'en' },
    ],
    gender: 'm',
    status: 'imprisoned',
    facility: { name: `Colony ${id}`, address: `Street ${id}` },
    sentence: { years: 5 },
    ...fields,
  };
}

export function feed(people: FeedPerson[]): string {
  return JSON.stringify({ records: people });
}

export function syncDeps(
  db: Db,
  overrides: Partial<Omit<SyncDeps, 'clock'>> = {},
): SyncDeps & { source: FakeSource; clock: { now(): Date; set(at: string): void } } {
  let now = new Date('2026-03-20T10:15:00Z');
  const clock = { now: () => now, set: (at: string) => void (now = new Date(at)) };
  const source = new FakeSource(clock);
  return {
    db,
    fetcher: source,
    source,
    clock,
    translate: translatorFrom(createI18n('be')),
    botUsername: 'vestka_test_bot',
    defaultLanguage: 'be',
    adminIds: [900],
    matcher: sameNameMatcher,
    thresholds: DEFAULT_THRESHOLDS,
    failureAlertAfter: 3,
    ...overrides,
  };
}

export async function jsonSource(db: Db, name = 'viasna'): Promise<SourceRow> {
  const [row] = await syncConfiguredSources(db, [
    { name, url: 'https://feed.example.org/prisoners.json', format: 'json', schedule: '*/15 * * * *' },
  ]);
  return row!;
}

/** Re-reads a source row (its ETag, hash, failure count change with each run). */
export async function reload(db: Db, source: SourceRow): Promise<SourceRow> {
  const [row] = await db.select().from(sources).where(eq(sources.id, source.id));
  return row!;
}

export async function subscriber(
  db: Db,
  chatId: number,
  options: { language?: Language; discreet?: boolean; active?: boolean } = {},
): Promise<number> {
  const [row] = await db
    .insert(subscribers)
    .values({
      chatId,
      language: options.language ?? 'en',
      timezone: 'Europe/Minsk',
      discreet: options.discreet ?? false,
      active: options.active ?? true,
    })
    .returning({ id: subscribers.id });
  return row!.id;
}

export async function follow(db: Db, subscriberId: number, externalId: string): Promise<void> {
  const [p] = await db.select({ id: prisoners.id }).from(prisoners).where(eq(prisoners.externalId, externalId));
  await db.insert(follows).values({ subscriberId, prisonerId: p!.id });
}

export async function followPending(db: Db, subscriberId: number, name: string): Promise<number> {
  const [row] = await db.insert(follows).values({ subscriberId, pendingName: name }).returning({ id: follows.id });
  return row!.id;
}

export async function prisoner(db: Db, externalId: string) {
  const [row] = await db.select().from(prisoners).where(eq(prisoners.externalId, externalId));
  return row!;
}

export function outboxRows(db: Db) {
  return db.select().from(outbox).orderBy(outbox.id);
}

export function historyRows(db: Db) {
  return db.select().from(statusHistory).orderBy(statusHistory.id);
}
