/**
 * Callback data is `<action>:<arg>:<arg>`, at most 64 bytes (Telegram's limit). Actions are short
 * names registered by features; arguments are ids or short codes, never user text.
 */
export function callbackData(action: string, ...args: (string | number)[]): string {
  const data = [action, ...args].join(':');
  if (Buffer.byteLength(data, 'utf8') > 64) throw new Error(`Callback data over 64 bytes for action ${action}`);
  return data;
}

/** A regex for `bot.callbackQuery` that matches an action and captures its arguments. */
export function callbackPattern(action: string, argCount: number): RegExp {
  const args = Array.from({ length: argCount }, () => ':([^:]+)').join('');
  return new RegExp(`^${action}${args}$`);
}
