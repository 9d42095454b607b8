import { defineCallbacks, type CallbackAction } from './callback-data.ts';

/**
 * Every button's callback data, declared once: `<code>:<arg>:<arg>`, at most 64 bytes (Telegram's
 * limit). Arguments are ids or short codes, never user text. The codes are a wire format: buttons
 * already sent stay in chats for months, so a code or an argument's shape never changes, and a new
 * action takes a new code (and a case in test/abuse/bot/callbacks-manifest.ts).
 */
export const CALLBACKS = defineCallbacks({
  // Start and settings.
  chooseLanguage: { code: 'lang', args: ['code'] },
  changeSetting: { code: 'st', args: ['code', 'code'] },
  changeDigest: { code: 'dg', args: ['code', 'code'] },
  forget: { code: 'fg', args: [['y', 'n']] },
  // Following, from a card, a namesakes' list or a "Did you mean" list.
  openCard: { code: 'pc', args: ['id'] },
  follow: { code: 'fl', args: ['id'] },
  followNear: { code: 'fn', args: ['id'] },
  followNameAnyway: { code: 'pf', args: [] },
  // /list and stopping a follow.
  pendingEntry: { code: 'lp', args: [] },
  unfollow: { code: 'uf', args: ['id'] },
  unfollowYes: { code: 'ufy', args: ['id'] },
  unfollowNo: { code: 'ufn', args: ['id'] },
  // Admins: a channel's follow among namesakes (channel id, person id).
  channelFollowChoice: { code: 'cf', args: ['id', 'id'] },
  // Admins: a release batch being drafted (batch id first; then a line number where there is one).
  releaseKind: { code: 'rk', args: ['id', 'id'] },
  releaseNoSource: { code: 'rs', args: ['id'] },
  releaseKeepTitles: { code: 'rtk', args: ['id'] },
  releaseCountry: { code: 'rcb', args: ['id', 'code'] },
  releasePage: { code: 'rp', args: ['id', 'id'] },
  releaseLine: { code: 'rl', args: ['id', 'id'] },
  releaseLineChoose: { code: 'rc', args: ['id', 'id', 'id'] },
  releaseLineFix: { code: 'rx', args: ['id', 'id', ['create', 'skip']] },
  releaseLineKind: { code: 'rk2', args: ['id', 'id', 'id'] },
  releaseLineCountry: { code: 'rlc', args: ['id', 'id', 'code'] },
  releaseAnnounce: { code: 'ra', args: ['id', ['s', 'c']] },
  releaseSkipUnresolved: { code: 'ru', args: ['id'] },
  releaseConfirm: { code: 'rok', args: ['id'] },
  releaseCancel: { code: 'rno', args: ['id'] },
});

/** Every action, for the tests that keep the forged-callback corpus complete. */
export const CALLBACK_ACTIONS: readonly CallbackAction[] = Object.values(CALLBACKS);
