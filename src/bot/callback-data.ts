/**
 * Callback data is `<action>:<arg>:<arg>`, at most 64 bytes (Telegram's limit). Actions are short
 * names registered by features; arguments are ids or short codes, never user text.
 */
export function callbackData(action: string, ...args: (string | number)[]): string {
  const data = [action, ...args].join(':');
  if (Buffer.byteLength(data, 'utf8') > 64) throw new Error(`Callback data over 64 bytes for action ${action}`);
  return data;
}

/**
 * What one argument may be: a row id (at most 9 digits, so it fits PostgreSQL's integer), a short code
 * (a country, a setting's letter), or one of listed words.
 */
export type CallbackArg = 'id' | 'code' | readonly string[];

const ARG_PATTERNS = { id: '(\\d{1,9})', code: '([A-Za-z0-9_-]{1,16})' } as const;

/**
 * A regex for `bot.callbackQuery` that matches an action and captures its arguments. Any client can
 * send any data under a button, so the shape is checked here: data that does not fit reaches no
 * handler and is answered as an outdated button, and no forged number becomes a failing query.
 */
export function callbackPattern(action: string, ...args: CallbackArg[]): RegExp {
  const parts = args.map((arg) => `:${typeof arg === 'string' ? ARG_PATTERNS[arg] : `(${arg.join('|')})`}`);
  return new RegExp(`^${action}${parts.join('')}$`);
}
