// Preloaded by bench:startup's idle-memory rows (`node --import ./bench/support/fast-clock.js`): a
// virtual clock that runs SPEED times faster than the real one (Date, setTimeout, setInterval), so
// the scheduler's minute ticks, the drainer's polls and postgres-js's connection lifetimes of an hour
// happen in a minute. Timers of 100 ms or more wait in a queue and fire in order, each with the clock
// set to its deadline: node-cron sees every tick on time (it skips a tick more than 1 s late, which a
// clock merely running faster would make it do). Shorter timers stay real. performance.now() keeps
// real time, so the start-up trace stays true.
const speed = Number(process.env.VESTKA_BENCH_CLOCK_SPEED ?? 60);
const VIRTUAL_FROM_MS = 100;
const real = { setTimeout, clearTimeout, setInterval, clearInterval };
const RealDate = Date;
let virtualNow = RealDate.now();
let lastReal = performance.now();
const now = () => virtualNow + (performance.now() - lastReal) * speed;

/** @type {Set<{ at: number, every?: number, seq: number, run: () => void }>} */
const queue = new Set();
let seq = 0;
const startedAt = virtualNow;
/** Timers fired, by their delay in seconds: told on SIGUSR2, so the bench can show what the hour held. */
const fired = new Map();
process.on('SIGUSR2', () => {
  const byDelay = Object.fromEntries([...fired].sort((a, b) => a[0] - b[0]));
  process.stderr.write(
    `fast-clock: ${JSON.stringify({ virtualSeconds: Math.round((now() - startedAt) / 1000), fired: byDelay })}\n`,
  );
});

function advance() {
  const target = now();
  lastReal = performance.now();
  for (;;) {
    let due;
    for (const timer of queue)
      if (timer.at <= target && (!due || timer.at < due.at || (timer.at === due.at && timer.seq < due.seq)))
        due = timer;
    if (!due) break;
    virtualNow = Math.max(virtualNow, due.at);
    if (due.every) due.at += due.every;
    else queue.delete(due);
    try {
      due.run();
    } catch (error) {
      process.nextTick(() => {
        throw error;
      });
    }
  }
  virtualNow = Math.max(virtualNow, target);
}
real.setInterval(advance, 5);

function virtualTimer(callback, ms, args, repeat) {
  const seconds = Math.round(ms / 1000);
  const run = () => {
    fired.set(seconds, (fired.get(seconds) ?? 0) + 1);
    callback(...args);
  };
  const timer = { at: now() + ms, every: repeat ? ms : undefined, seq: seq++, run };
  queue.add(timer);
  const handle = {
    timer,
    ref: () => handle,
    unref: () => handle,
    hasRef: () => true,
    refresh: () => ((timer.at = now() + ms), queue.add(timer), handle),
    close: () => queue.delete(timer),
    [Symbol.toPrimitive]: () => timer.seq,
  };
  return handle;
}
const cancel = (realCancel) => (handle) =>
  handle && typeof handle === 'object' && 'timer' in handle ? queue.delete(handle.timer) : realCancel(handle);

globalThis.setTimeout = (callback, ms = 0, ...args) =>
  Number(ms) >= VIRTUAL_FROM_MS
    ? virtualTimer(callback, Number(ms), args, false)
    : real.setTimeout(callback, ms, ...args);
globalThis.setInterval = (callback, ms = 0, ...args) =>
  Number(ms) >= VIRTUAL_FROM_MS
    ? virtualTimer(callback, Number(ms), args, true)
    : real.setInterval(callback, ms, ...args);
globalThis.clearTimeout = cancel(real.clearTimeout);
globalThis.clearInterval = cancel(real.clearInterval);

class VirtualDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(Math.floor(now()));
    else super(...args);
  }

  static now() {
    return Math.floor(now());
  }
}
globalThis.Date = VirtualDate;
