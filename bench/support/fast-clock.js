// Preloaded by bench:startup's idle-memory rows (`node --import ./bench/support/fast-clock.js`): in
// this process wall-clock time runs SPEED times faster (Date, setTimeout, setInterval), so the
// scheduler's minute ticks, the drainer's polls and postgres-js's connection lifetimes of an hour
// happen in a minute. performance.now() keeps real time (the start-up trace stays true).
const speed = Number(process.env.VESTKA_BENCH_CLOCK_SPEED ?? 60);
const RealDate = Date;
const realStart = RealDate.now();
const perfStart = performance.now();
const now = () => realStart + (performance.now() - perfStart) * speed;

class FastDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(now());
    else super(...args);
  }

  static now() {
    return Math.floor(now());
  }
}
globalThis.Date = FastDate;

const realSetTimeout = globalThis.setTimeout;
const realSetInterval = globalThis.setInterval;
globalThis.setTimeout = (callback, ms = 0, ...args) => realSetTimeout(callback, Number(ms) / speed, ...args);
globalThis.setInterval = (callback, ms = 0, ...args) => realSetInterval(callback, Number(ms) / speed, ...args);
