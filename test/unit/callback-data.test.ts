import { describe, expect, it } from 'vitest';
import { defineCallbacks } from '../../src/bot/callback-data.ts';
import { CALLBACK_ACTIONS, CALLBACKS } from '../../src/bot/callbacks.ts';

/** An action's wire shape as one readable string: `rx:id:id:create|skip`. */
const shape = (a: (typeof CALLBACK_ACTIONS)[number]) =>
  [a.code, ...a.args.map((arg) => (typeof arg === 'string' ? arg : arg.join('|')))].join(':');

describe('the callback registry', () => {
  it('keeps the wire format of every button already sent: codes and argument shapes never change', () => {
    expect(Object.fromEntries(CALLBACK_ACTIONS.map((a) => [a.name, shape(a)]))).toEqual({
      chooseLanguage: 'lang:code',
      changeSetting: 'st:code:code',
      changeDigest: 'dg:code:code',
      forget: 'fg:y|n',
      openCard: 'pc:id',
      follow: 'fl:id',
      followNear: 'fn:id',
      followNameAnyway: 'pf',
      pendingEntry: 'lp',
      unfollow: 'uf:id',
      unfollowYes: 'ufy:id',
      unfollowNo: 'ufn:id',
      channelFollowChoice: 'cf:id:id',
      releaseKind: 'rk:id:id',
      releaseNoSource: 'rs:id',
      releaseKeepTitles: 'rtk:id',
      releaseCountry: 'rcb:id:code',
      releasePage: 'rp:id:id',
      releaseLine: 'rl:id:id',
      releaseLineChoose: 'rc:id:id:id',
      releaseLineFix: 'rx:id:id:create|skip',
      releaseLineKind: 'rk2:id:id:id',
      releaseLineCountry: 'rlc:id:id:code',
      releaseAnnounce: 'ra:id:s|c',
      releaseSkipUnresolved: 'ru:id',
      releaseConfirm: 'rok:id',
      releaseCancel: 'rno:id',
    });
  });

  it('builds data that its own pattern parses back to the same typed arguments', () => {
    expect(CALLBACKS.releaseLineFix.build(12, 3, 'create')).toBe('rx:12:3:create');
    expect(CALLBACKS.releaseLineFix.parse('rx:12:3:create')).toEqual([12, 3, 'create']);
    expect(CALLBACKS.changeSetting.build('q', '22-7')).toBe('st:q:22-7');
    expect(CALLBACKS.changeSetting.parse(CALLBACKS.changeSetting.build('d', 1))).toEqual(['d', '1']);
    expect(CALLBACKS.followNameAnyway.build()).toBe('pf');
    expect(CALLBACKS.followNameAnyway.parse('pf')).toEqual([]);
    const match = CALLBACKS.releaseLineChoose.pattern.exec(CALLBACKS.releaseLineChoose.build(1, 2, 999_999_999))!;
    expect(CALLBACKS.releaseLineChoose.parse(match)).toEqual([1, 2, 999_999_999]);
  });

  it.each([
    ['fl:1:2', CALLBACKS.follow],
    ['fl:', CALLBACKS.follow],
    ['fl:1e3', CALLBACKS.follow],
    ['fl:1234567890', CALLBACKS.follow],
    ['fl:١٢', CALLBACKS.follow],
    ['xfl:1', CALLBACKS.follow],
    ['rx:1:2:drop', CALLBACKS.releaseLineFix],
    ['ra:1:sc', CALLBACKS.releaseAnnounce],
    ['fg:yn', CALLBACKS.forget],
    ['pf:1', CALLBACKS.followNameAnyway],
    ['st:q:a b', CALLBACKS.changeSetting],
    ['lang:' + 'x'.repeat(17), CALLBACKS.chooseLanguage],
  ])('does not match forged data %j', (data, action) => {
    expect(action.pattern.test(data)).toBe(false);
    expect(() => action.parse(data)).toThrow();
  });

  it("refuses to build data over Telegram's 64 bytes", () => {
    expect(() => CALLBACKS.changeSetting.build('q', 'я'.repeat(30))).toThrow(/over 64 bytes/);
  });

  it('refuses a code declared twice, or one that is not a short lower-case word', () => {
    expect(() => defineCallbacks({ a: { code: 'fl', args: [] }, b: { code: 'fl', args: ['id'] } })).toThrow(/fl/);
    expect(() => defineCallbacks({ a: { code: 'f:l', args: [] } })).toThrow(/f:l/);
    expect(() => defineCallbacks({ a: { code: '', args: [] } })).toThrow();
  });
});
