import { describe, expect, it } from 'vitest';
import { RatePolicy, TokenBucket, isGroupChat, telegramLimits } from '../../src/domain/rate-policy.ts';

/** Runs the policy over simulated time (1 ms steps), sending whenever it allows; returns send times. */
function simulate(
  policy: RatePolicy,
  chats: number[],
  durationMs: number,
  paid = false,
): { at: number; chat: number }[] {
  const sends: { at: number; chat: number }[] = [];
  for (let now = 0; now < durationMs; now++) {
    for (const chat of chats) {
      if (!policy.tryTake(chat, paid, now).ok) continue;
      sends.push({ at: now, chat });
      policy.answered(chat, now);
    }
  }
  return sends;
}

function maxInWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

describe('RatePolicy', () => {
  it('keeps to the global budget: 28/s sustained, never more than 28 in any one second', () => {
    const policy = new RatePolicy(telegramLimits(28, 1000), 0);
    const chats = Array.from({ length: 200 }, (_, i) => i + 1);
    const sends = simulate(policy, chats, 10_000);
    expect(sends.length).toBeGreaterThanOrEqual(278);
    expect(sends.length).toBeLessThanOrEqual(281);
    expect(
      maxInWindow(
        sends.map((s) => s.at),
        1000,
      ),
    ).toBeLessThanOrEqual(28);
  });

  it("sends to one private chat at most once a second, counted from Telegram's answer", () => {
    const policy = new RatePolicy(telegramLimits(28, 1000), 0);
    expect(policy.tryTake(5, false, 0)).toEqual({ ok: true });
    // on its way: nothing else to this chat, however long the answer takes
    expect(policy.tryTake(5, false, 5000)).toEqual({ ok: false, waitMs: Infinity, reason: 'chat' });
    expect(policy.answered(5, 5040)).toBe(6040);
    expect(policy.tryTake(5, false, 5500)).toEqual({ ok: false, waitMs: 540, reason: 'chat' });
    expect(policy.tryTake(5, false, 6040).ok).toBe(true);
    const sends = simulate(new RatePolicy(telegramLimits(28, 1000), 0), [5], 10_000);
    expect(
      maxInWindow(
        sends.map((s) => s.at),
        1000,
      ),
    ).toBe(1);
  });

  it('sends to one group or channel at most 20 times a minute', () => {
    expect(isGroupChat(-1001234567890)).toBe(true);
    expect(isGroupChat(42)).toBe(false);
    const sends = simulate(new RatePolicy(telegramLimits(28, 1000), 0), [-100123], 180_000);
    expect(
      maxInWindow(
        sends.map((s) => s.at),
        60_000,
      ),
    ).toBeLessThanOrEqual(20);
    expect(sends.length).toBeGreaterThanOrEqual(58);
  });

  it('gives paid broadcasts their own budget of up to 1,000 a second', () => {
    const policy = new RatePolicy(telegramLimits(28, 1000), 0);
    const chats = Array.from({ length: 3000 }, (_, i) => i + 1);
    const paid = simulate(policy, chats, 2000, true);
    expect(paid.length).toBeGreaterThanOrEqual(1990);
    expect(
      maxInWindow(
        paid.map((s) => s.at),
        1000,
      ),
    ).toBeLessThanOrEqual(1000);
    // the ordinary budget is untouched by paid sends
    expect(policy.globalWait(false, 2000)).toBe(0);
  });

  it('holds one chat for retry_after without holding the others', () => {
    const policy = new RatePolicy(telegramLimits(1000, 1000), 0);
    expect(policy.tryTake(7, false, 0).ok).toBe(true);
    policy.answered(7, 10);
    policy.pauseChat(7, 5000);
    expect(policy.tryTake(7, false, 10)).toMatchObject({ ok: false, reason: 'chat', waitMs: 4990 });
    expect(policy.tryTake(8, false, 10).ok).toBe(true);
    expect(policy.tryTake(7, false, 5000).ok).toBe(true);
  });

  it('shares the global budget among live drainers', () => {
    const policy = new RatePolicy(telegramLimits(28, 1000), 0);
    policy.setDrainerCount(2, 0);
    const chats = Array.from({ length: 100 }, (_, i) => i + 1);
    const sends: number[] = [];
    for (let now = 0; now < 10_000; now++)
      for (const c of chats) if (policy.tryTake(c + now * 1000, false, now).ok) sends.push(now);
    // (every chat is new here, so only the global budget limits)
    expect(sends.length).toBeGreaterThanOrEqual(138);
    expect(sends.length).toBeLessThanOrEqual(141);
    expect(maxInWindow(sends, 1000)).toBeLessThanOrEqual(14);
  });

  it('forgets chats whose gap is over', () => {
    const policy = new RatePolicy(telegramLimits(1000, 1000), 0);
    policy.tryTake(1, false, 0);
    policy.tryTake(2, false, 0);
    policy.answered(1, 10);
    policy.prune(2000);
    expect(policy.chatWait(1, 2000)).toBe(0);
    // a chat still waiting for its answer is kept
    expect(policy.chatWait(2, 2000)).toBe(Infinity);
  });
});

describe('TokenBucket', () => {
  it('says how long until the next token, keeping half a token of slack for late timers', () => {
    const bucket = new TokenBucket(10, 0);
    expect(bucket.wait(0)).toBe(0);
    bucket.take(0);
    expect(bucket.wait(0)).toBe(50);
    bucket.take(50);
    expect(bucket.wait(50)).toBe(100);
    expect(bucket.wait(110)).toBe(40);
    expect(bucket.wait(150)).toBe(0);
  });
});
