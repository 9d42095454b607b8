/** What a queued message is; decides its priority and whether quiet hours may hold it. */
export type OutboxKind = 'grave_alert' | 'alert' | 'correction' | 'notice' | 'digest' | 'announcement';

/**
 * Lower goes first. Personal alerts never wait behind bulk kinds: a digest to 10,000 readers must not
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

/** Bulk kinds go to many readers at once and may be held by quiet hours. */
export function isBulk(kind: OutboxKind): boolean {
  return kind === 'digest' || kind === 'announcement';
}
