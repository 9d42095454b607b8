import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';

const TOKEN = '123456789:AAEmulatorTokenForVestkaTests_abcdefgh';

describe('delivery settings', () => {
  it('default to 28 messages a second, no paid broadcasts, a drainer in the process', () => {
    const parsed = parseConfig({ BOT_TOKEN: TOKEN });
    expect(parsed.ok && parsed.config.delivery).toEqual({
      ratePerSecond: 28,
      paidBroadcast: false,
      paidRatePerSecond: 1000,
      drainerEnabled: true,
    });
  });

  it('read "false" as false and accept a paid rate up to 1,000', () => {
    const parsed = parseConfig({
      BOT_TOKEN: TOKEN,
      DELIVERY_RATE: '20',
      DELIVERY_PAID_BROADCAST: 'true',
      DELIVERY_PAID_RATE: '500',
      DRAINER_ENABLED: 'false',
    });
    expect(parsed.ok && parsed.config.delivery).toEqual({
      ratePerSecond: 20,
      paidBroadcast: true,
      paidRatePerSecond: 500,
      drainerEnabled: false,
    });
  });

  it('say what is wrong and how to fix it', () => {
    const parsed = parseConfig({
      BOT_TOKEN: TOKEN,
      DELIVERY_RATE: 'fast',
      DELIVERY_PAID_RATE: '5000',
      DELIVERY_PAID_BROADCAST: 'maybe',
      DRAINER_ENABLED: 'yes please',
    });
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems).toContainEqual(expect.stringMatching(/^DELIVERY_RATE must be a number of messages per second/));
    expect(problems).toContainEqual(expect.stringMatching(/^DELIVERY_PAID_RATE must be at most 1000/));
    expect(problems).toContainEqual(expect.stringMatching(/^DELIVERY_PAID_BROADCAST must be true or false/));
    expect(problems).toContainEqual('DRAINER_ENABLED must be true or false.');
  });
});
