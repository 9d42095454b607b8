/**
 * How long a test waits for something that happens on its own (a drainer settling, a row being
 * deferred) before calling it broken. Only a broken run waits this long, so it is generous: a busy
 * 2-core machine must never reach it (at a load average of 20 on 2 cores, 1,000 outbox rows through
 * random faults took over 90 s to settle; 9 s at load 14 alone). VESTKA_TEST_PATIENCE_MS sets it.
 */
export const PATIENCE_MS = Number(process.env.VESTKA_TEST_PATIENCE_MS) || 180_000;

/**
 * Polls `probe` until it returns something other than undefined/false and resolves with that. A wait,
 * not a timing assertion: a slow machine only makes it poll longer. Fails after `timeoutMs` saying
 * what it waited for.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  what: string | (() => Promise<string> | string),
  timeoutMs = PATIENCE_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`Waited ${timeoutMs} ms for ${typeof what === 'string' ? what : await what()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
