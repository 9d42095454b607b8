import { describe, expect, it } from 'vitest';
import { CALLBACK_ACTIONS } from '../../../src/bot/callbacks.ts';
import { FORGED_CALLBACKS, UNKNOWN_ACTIONS } from './callbacks-manifest.ts';

/** The code a case's data names: what comes before the first colon. */
const codeOf = (data: string) => data.split(':')[0]!;

describe('the forged-callback corpus against the callback registry', () => {
  it('forges every action in the registry at least once', () => {
    const forged = new Set(FORGED_CALLBACKS.map((c) => codeOf(c.data)));
    expect(CALLBACK_ACTIONS.filter((a) => !forged.has(a.code)).map((a) => `${a.name} (${a.code})`)).toEqual([]);
  });

  it('names only actions the registry knows, apart from the deliberately unknown ones', () => {
    const known = new Set(CALLBACK_ACTIONS.map((a) => a.code));
    const strays = FORGED_CALLBACKS.map((c) => c.data).filter(
      (data) => !known.has(codeOf(data)) && !UNKNOWN_ACTIONS.includes(data),
    );
    expect(strays).toEqual([]);
    for (const data of UNKNOWN_ACTIONS) expect(known.has(codeOf(data))).toBe(false);
  });
});
