import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startScheduler } from '../../src/scheduler/scheduler.ts';
import { eventually } from '../support/eventually.ts';

describe('the scheduler', () => {
  it('triggers a job with its UTC minute slot, and on stop waits for the run in flight', async () => {
    const slots: string[] = [];
    let finished = false;
    const scheduler = startScheduler(
      [
        {
          name: 'test',
          schedule: '* * * * * *',
          run: async (slot) => {
            slots.push(slot);
            await new Promise((r) => setTimeout(r, 300));
            finished = true;
          },
        },
      ],
      pino({ level: 'silent' }),
    );
    await eventually(() => slots.length > 0, 'the first tick');
    await scheduler.stop();
    expect(finished).toBe(true);
    expect(slots[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
    const count = slots.length;
    // A second scheduler on the same schedule proves two more ticks have come, however slow the
    // machine: the stopped one must have missed them.
    let probed = 0;
    const probe = startScheduler(
      [{ name: 'probe', schedule: '* * * * * *', run: () => Promise.resolve(void probed++) }],
      pino({ level: 'silent' }),
    );
    await eventually(() => probed >= 2, 'two ticks of the probe');
    await probe.stop();
    expect(slots.length).toBe(count);
  });
});
