/**
 * Forged button presses: one line per case. `{batch}` is admin 900's batch in preview (line 1 matched,
 * line 2 ambiguous), `{person}` a person on the register, `{follow}` another family's follow of that
 * person. Unless `changes` is set, the case must leave every table as it was; `silent` cases get nothing
 * but the answer to the tap (no message, no edit). Every action in src/bot/callbacks.ts must be forged
 * here at least once (callbacks-manifest.test.ts checks it).
 */
export interface ForgedCallback {
  by: 'admin' | 'otherAdmin' | 'user';
  data: string;
  proves: string;
  where?: 'group' | 'inline';
  silent?: boolean;
  changes?: true;
}

const ADMIN_ACTIONS = [
  'rk:{batch}:0',
  'rs:{batch}',
  'rtk:{batch}',
  'rcb:{batch}:LT',
  'rp:{batch}:0',
  'rl:{batch}:2',
  'rc:{batch}:2:{person}',
  'rx:{batch}:2:create',
  'rk2:{batch}:2:2',
  'rlc:{batch}:2:LT',
  'ra:{batch}:c',
  'ru:{batch}',
  'rok:{batch}',
  'rno:{batch}',
  'cf:1:{person}',
];

/** Data whose action no button has: they must stay unknown to the registry. */
export const UNKNOWN_ACTIONS: readonly string[] = ['zz:1', '', 'x'.repeat(64)];

export const FORGED_CALLBACKS: ForgedCallback[] = [
  // Someone who is not an admin presses every admin button with a real batch's id.
  ...ADMIN_ACTIONS.map((data): ForgedCallback => ({
    by: 'user',
    data,
    silent: true,
    proves: 'an admin button pressed by a non-admin is an outdated button: no batch is shown, changed or confirmed',
  })),

  // Another family's follow, addressed by its id.
  {
    by: 'user',
    data: 'uf:{follow}',
    proves: "asking to stop another family's follow finds nothing and does not name the person",
  },
  { by: 'user', data: 'ufy:{follow}', proves: "confirming the stop of another family's follow removes nothing" },
  { by: 'user', data: 'ufn:{follow}', proves: '"keep" on another family\'s follow does not name the person' },

  // Numbers that are not ids.
  ...['abc', '-1', '0', '1.5', '1e3', '99999999999999999999', '١٢'].flatMap((n): ForgedCallback[] => [
    { by: 'user', data: `fl:${n}`, proves: `following person "${n}" is refused without a query that could fail` },
    { by: 'user', data: `fn:${n}`, proves: `following person "${n}" from a "Did you mean" list is refused by shape` },
    { by: 'user', data: `pc:${n}`, proves: `opening the card of person "${n}" is refused quietly` },
    { by: 'user', data: `ufy:${n}`, proves: `stopping follow "${n}" finds nothing` },
    { by: 'admin', data: `rok:${n}`, proves: `confirming batch "${n}" is answered, never a database error` },
    { by: 'admin', data: `rno:${n}`, proves: `cancelling batch "${n}" is answered, never a database error` },
    { by: 'admin', data: `rl:${n}:1`, proves: `opening a line of batch "${n}" is answered, never a database error` },
    { by: 'admin', data: `rc:{batch}:2:${n}`, proves: `choosing person "${n}" for a line changes nothing` },
    { by: 'admin', data: `rc:{batch}:${n}:{person}`, proves: `choosing for line "${n}" changes nothing` },
    { by: 'admin', data: `rp:{batch}:${n}`, proves: `page "${n}" of a preview is answered, never a database error` },
    { by: 'admin', data: `cf:${n}:{person}`, proves: `channel "${n}" is refused as outdated` },
  ]),

  // Values outside what the buttons offer.
  {
    by: 'admin',
    data: 'rx:{batch}:2:drop',
    proves: 'a line action other than create or skip changes nothing (it used to mean skip)',
  },
  {
    by: 'admin',
    data: 'ra:{batch}:z',
    proves: 'an announcement toggle other than subscribers or channels changes nothing (it used to toggle subscribers)',
  },
  { by: 'admin', data: 'rk2:{batch}:2:9', proves: 'a release kind that does not exist changes nothing' },
  { by: 'admin', data: 'rk:{batch}:9', proves: 'a batch kind that does not exist changes nothing' },
  { by: 'admin', data: 'rlc:{batch}:2:XX', proves: 'a country that is not offered changes nothing' },
  { by: 'admin', data: 'rlc:{batch}:2:__proto__', proves: 'a prototype key as a country changes nothing' },
  { by: 'admin', data: 'rcb:{batch}:XX', proves: 'a batch country that is not offered changes nothing' },
  { by: 'user', data: 'st:d:2', proves: 'a switch value other than 0 or 1 is outdated' },
  { by: 'user', data: 'st:q:25-99', proves: 'quiet hours that are not a preset are outdated' },
  { by: 'user', data: 'st:__proto__:1', proves: 'a prototype key as a setting is outdated' },
  { by: 'user', data: 'dg:h:99', proves: 'a digest hour past 23 is outdated' },
  { by: 'user', data: 'dg:z:9', proves: 'a digest zone that is not offered is outdated' },
  { by: 'user', data: 'dg:s:everyone', proves: 'a digest scope that does not exist is outdated' },
  { by: 'user', data: 'lang:xx', proves: 'a language that does not exist changes nothing' },
  { by: 'user', data: 'lang:__proto__', proves: 'a prototype key as a language changes nothing' },

  // The shape of the data itself.
  { by: 'user', data: UNKNOWN_ACTIONS[0]!, silent: true, proves: 'an unknown action is an outdated button' },
  { by: 'user', data: 'fl:1:2', silent: true, proves: 'an extra argument is an outdated button' },
  { by: 'user', data: 'fl:', silent: true, proves: 'a missing argument is an outdated button' },
  { by: 'user', data: UNKNOWN_ACTIONS[1]!, silent: true, proves: 'empty data is an outdated button' },
  { by: 'user', data: UNKNOWN_ACTIONS[2]!, silent: true, proves: '64 bytes of nonsense is an outdated button' },
  { by: 'user', data: 'fl:{person}\u0000', silent: true, proves: 'a NUL after an id is an outdated button' },
  {
    by: 'user',
    data: 'fg:y',
    where: 'group',
    silent: true,
    proves: '"erase everything" pressed in a group erases nothing',
  },
  {
    by: 'user',
    data: 'pf',
    where: 'group',
    silent: true,
    proves: '"follow this name anyway" pressed in a group follows no name',
  },
  {
    by: 'user',
    data: 'lp',
    silent: true,
    proves: 'the button of a name still waiting to be listed only answers the tap',
  },
  {
    by: 'user',
    data: 'fl:{person}',
    where: 'group',
    silent: true,
    proves: 'a follow button pressed in a group follows nothing',
  },
  {
    by: 'user',
    data: 'fl:{person}',
    where: 'inline',
    silent: true,
    proves: 'a follow button under an inline message (no chat) follows nothing',
  },
  {
    by: 'admin',
    data: 'rok:{batch}',
    where: 'inline',
    silent: true,
    proves: 'a confirm button under an inline message confirms nothing',
  },

  // Another admin on the creator's preview: only the creator edits it.
  ...[
    'rc:{batch}:2:{person}',
    'rx:{batch}:2:skip',
    'rk2:{batch}:2:0',
    'rlc:{batch}:2:LT',
    'ra:{batch}:c',
    'ru:{batch}',
    'rno:{batch}',
  ].map((data): ForgedCallback => ({
    by: 'otherAdmin',
    data,
    proves: 'another admin cannot edit or cancel a preview they did not create',
  })),
];
