/** What a queued message is; decides its priority and whether quiet hours may hold it. */
export type OutboxKind = 'grave_alert' | 'alert' | 'correction' | 'notice' | 'digest' | 'announcement';

/**
 * Lower goes first. Personal alerts never wait behind bulk kinds: a digest to 10,000 subscribers must not
 * delay a mother's alert that her son was moved.
 */
export const OUTBOX_PRIORITY: Record<OutboxKind, number> = {
  grave_alert: 0,
  alert: 1,
  correction: 2,
  notice: 3,
  digest: 5,
  announcement: 6,
};

/** Bulk kinds go to many subscribers at once and may be held by quiet hours. */
export function isBulk(kind: OutboxKind): boolean {
  return kind === 'digest' || kind === 'announcement';
}

/**
 * Kinds that wait for the end of a subscriber's quiet hours. Alerts (arrests, releases, transfers) and
 * grave alerts never wait; corrections neither, because they fix an alert that went out at once.
 * Notices (a followed name matched, service notes) wait like digests and announcements.
 */
export function waitsForQuietHours(kind: OutboxKind): boolean {
  return kind === 'notice' || kind === 'digest' || kind === 'announcement';
}

/**
 * Order within one chat: grave alerts first (lane 0), then the other kinds that never wait (lane 1),
 * then the kinds quiet hours may hold (lane 2); within a lane, in the order they were queued. So a
 * death or a lost contact is the first thing a subscriber sees of a burst, a news alert never waits
 * behind a digest or a notice held by quiet hours, and two alerts about one person arrive in the
 * order things happened (a grave alert may overtake an alert queued moments before it).
 */
export function deliveryLane(kind: OutboxKind): 0 | 1 | 2 {
  if (kind === 'grave_alert') return 0;
  return waitsForQuietHours(kind) ? 2 : 1;
}

/**
 * Kinds that go out silently in a subscriber's quiet hours (they are not held: news about a person comes
 * at once), and that /settings can protect from forwarding: everything about the people a subscriber follows.
 */
export function isPersonalNews(kind: OutboxKind): boolean {
  return !waitsForQuietHours(kind);
}

export const OUTBOX_KINDS = Object.keys(OUTBOX_PRIORITY) as OutboxKind[];

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * The wait before retrying after a server or network failure: exponential, capped, with "equal
 * jitter" (half fixed, half random) so retries of many rows spread out but none comes back at once.
 * `random` is a number in [0, 1).
 */
export function backoffDelay(failures: number, policy: BackoffPolicy, random: number): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random);
}
