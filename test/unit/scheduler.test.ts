import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startScheduler } from '../../src/scheduler/scheduler.ts';

describe('the scheduler', () => {
  it('triggers a job with its UTC minute slot, and on stop waits for the run in flight', async () => {
    const slots: string[] = [];
    let finished = false;
    const scheduler = startScheduler(
      [{ name: 'test', schedule: '* * * * * *', run: async (slot) => { slots.push(slot); await new Promise((r) => setTimeout(r, 300)); finished = true; } }],
      pino({ level: 'silent' }),
    );
    for (let i = 0; i < 40 && slots.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await scheduler.stop();
    expect(finished).toBe(true);
    expect(slots[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
    const count = slots.length;
    await new Promise((r) => setTimeout(r, 1100));
    expect(slots.length).toBe(count);
  });
});
