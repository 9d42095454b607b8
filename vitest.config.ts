import { defineConfig } from 'vitest/config';
import { e2eTimeout } from './test/support/vestka-process.ts';

/**
 * Three phases, run in this order by `npm test` (docs/testing.md):
 * - fast: pure domain, units, the bot and the CLI against an in-process PGlite: the inner loop,
 *   `npm run test:fast`;
 * - db: database, use-case and abuse tiers, the ones CI runs again on a real PostgreSQL;
 * - e2e: the real program as child processes, one file at a time (two at once starved each other
 *   of the start-up time they wait for).
 */
export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    // The usual output, then each phase's wall time (what .ci/run prints, from the one `npm test`).
    reporters: ['default', './test/support/phase-timings-reporter.ts'],
    // Limits for a hung test, not speed checks: above the waits of test/support (eventually.ts,
    // vestka-process.ts), which fail first and say what they waited for.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Each test file gets its own database; two workers suit the 2-core CI machine.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          isolate: false,
          include: [
            'test/domain/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'test/bot/**/*.test.ts',
            'test/cli/**/*.test.ts',
          ],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: [
            'test/db/**/*.test.ts',
            'test/app/**/*.test.ts',
            'test/desk/**/*.test.ts',
            'test/abuse/**/*.test.ts',
          ],
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          maxWorkers: 1,
          // Waits for the program are derived from its measured start-up (test/support/vestka-process.ts);
          // a test's own limit allows two starts and stops unless it says otherwise.
          testTimeout: e2eTimeout(2),
          hookTimeout: e2eTimeout(1),
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
