/**
 * How fast Vestka may send, as Telegram documents it: about 30 messages a second overall (we stay
 * under it), one a second to a private chat, 20 a minute to a group or channel, and up to 1,000 a
 * second for paid broadcasts. Pure: every method takes the time in milliseconds.
 */
export interface RateLimits {
  /** Messages per second overall, for ordinary sends. */
  globalPerSecond: number;
  /** Messages per second overall for sends with allow_paid_broadcast. */
  paidPerSecond: number;
  /** Gap between two messages to one private chat. */
  privateChatIntervalMs: number;
  /** Gap between two messages to one group or channel (20 a minute = one every 3 s). */
  groupChatIntervalMs: number;
}

export function telegramLimits(globalPerSecond: number, paidPerSecond: number): RateLimits {
  return { globalPerSecond, paidPerSecond, privateChatIntervalMs: 1000, groupChatIntervalMs: 3000 };
}

/** Private chats have positive ids; groups, supergroups and channels negative ones (Bot API rule). */
export function isGroupChat(chatId: number): boolean {
  return chatId < 0;
}

/**
 * A token bucket that also never lets more than `rate` sends into any one-second window. The bucket
 * paces sends evenly and keeps half a token of slack so a late timer loses no time; the window cap
 * keeps that slack from adding up to a burst: 28/s puts at most 28 into any second, leaving room
 * below Telegram's 30 for arrivals that jitter closer together than they left.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private capacity: number;
  /** Times of the sends in the last second, oldest first (finite rates only). */
  private recent: number[] = [];

  constructor(
    private rate: number,
    now: number,
  ) {
    this.capacity = burstFor(rate);
    this.tokens = this.capacity;
    this.last = now;
  }

  /** Milliseconds until a send is allowed (0 = now). */
  wait(now: number): number {
    this.refill(now);
    const bucketWait = this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.rate);
    return Math.max(bucketWait, this.windowWait(now));
  }

  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
    if (Number.isFinite(this.rate)) this.recent.push(now);
  }

  setRate(rate: number, now: number): void {
    this.refill(now);
    this.rate = rate;
    this.capacity = burstFor(rate);
    this.tokens = Math.min(this.tokens, this.capacity);
  }

  private windowWait(now: number): number {
    while (this.recent.length > 0 && this.recent[0]! <= now - 1000) this.recent.shift();
    const cap = Math.max(1, Math.floor(this.rate));
    if (!Number.isFinite(this.rate) || this.recent.length < cap) return 0;
    return this.recent[this.recent.length - cap]! + 1000 - now;
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.rate) / 1000);
      this.last = now;
    }
  }
}

function burstFor(rate: number): number {
  return Math.max(1, Math.floor(rate * 0.02)) + 0.5;
}

export type RateDecision = { ok: true } | { ok: false; waitMs: number; reason: 'global' | 'chat' };

/**
 * The send budget of one drainer: a global bucket (ordinary or paid) and a gap per chat. `share`
 * divides the global budgets when several drainers run, so together they keep to the limits.
 *
 * A chat's gap runs from the moment Telegram answered the previous message, not from when it was
 * sent: Telegram counts arrivals, and a request that waited for a new connection can arrive late,
 * so gaps measured at departure can shrink below a second on arrival. Measured from the answer,
 * the gap on arrival is never shorter than the interval, whatever the network did.
 */
export class RatePolicy {
  private readonly ordinary: TokenBucket;
  private readonly paid: TokenBucket;
  /** When each chat may next receive a message; entries in the past are pruned. */
  private readonly chatReadyAt = new Map<number, number>();
  private share = 1;

  constructor(
    private readonly limits: RateLimits,
    now: number,
  ) {
    this.ordinary = new TokenBucket(limits.globalPerSecond, now);
    this.paid = new TokenBucket(limits.paidPerSecond, now);
  }

  /**
   * Takes a send slot for this chat if both the chat and the global budget allow it now. The chat
   * then waits until `answered` is called for it (and its gap has passed).
   */
  tryTake(chatId: number, paid: boolean, now: number): RateDecision {
    const chatWait = this.chatWait(chatId, now);
    if (chatWait > 0) return { ok: false, waitMs: chatWait, reason: 'chat' };
    const bucket = paid ? this.paid : this.ordinary;
    const globalWait = bucket.wait(now);
    if (globalWait > 0) return { ok: false, waitMs: globalWait, reason: 'global' };
    bucket.take(now);
    this.chatReadyAt.set(chatId, Infinity);
    return { ok: true };
  }

  /** Telegram answered the send to this chat (whatever it said): its gap starts now. Returns when it ends. */
  answered(chatId: number, now: number): number {
    const readyAt = now + this.intervalFor(chatId);
    this.chatReadyAt.set(chatId, readyAt);
    return readyAt;
  }

  /** Milliseconds until this chat may receive a message (Infinity while one is on its way). */
  chatWait(chatId: number, now: number): number {
    return Math.max(0, (this.chatReadyAt.get(chatId) ?? 0) - now);
  }

  /** Milliseconds until the global budget has a slot, without taking it. */
  globalWait(paid: boolean, now: number): number {
    return (paid ? this.paid : this.ordinary).wait(now);
  }

  intervalFor(chatId: number): number {
    return isGroupChat(chatId) ? this.limits.groupChatIntervalMs : this.limits.privateChatIntervalMs;
  }

  /** Telegram told us to wait (429 retry_after) for this chat: nothing more to it until then. */
  pauseChat(chatId: number, until: number): void {
    const current = this.chatReadyAt.get(chatId) ?? 0;
    this.chatReadyAt.set(chatId, Number.isFinite(current) ? Math.max(until, current) : until);
  }

  /** Our part of the global budget when `drainers` drainers share it. */
  setDrainerCount(drainers: number, now: number): void {
    const share = 1 / Math.max(1, drainers);
    if (share === this.share) return;
    this.share = share;
    this.ordinary.setRate(this.limits.globalPerSecond * share, now);
    this.paid.setRate(this.limits.paidPerSecond * share, now);
  }

  /** Forgets chats whose gap has passed, so the map stays as small as the set of recent chats. */
  prune(now: number): void {
    for (const [chatId, readyAt] of this.chatReadyAt) if (readyAt <= now) this.chatReadyAt.delete(chatId);
  }
}
