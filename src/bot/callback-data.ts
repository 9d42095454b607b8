import type { CallbackQueryContext, Composer, Context } from 'grammy';

/**
 * Callback data is `<code>:<arg>:<arg>`, at most 64 bytes (Telegram's limit). The actions themselves
 * are listed in callbacks.ts; this is how one is built, matched and parsed.
 */

/**
 * What one argument may be: a row id (at most 9 digits, so it fits PostgreSQL's integer), a short code
 * (a country, a setting's letter), or one of listed words.
 */
export type CallbackArg = 'id' | 'code' | readonly string[];

type BuildValue<A> = A extends 'id'
  ? number
  : A extends 'code'
    ? string | number
    : A extends readonly (infer W)[]
      ? W
      : never;
type ParsedValue<A> = A extends 'id' ? number : A extends 'code' ? string : A extends readonly (infer W)[] ? W : never;
export type BuildArgs<Args extends readonly CallbackArg[]> = { -readonly [K in keyof Args]: BuildValue<Args[K]> };
export type ParsedArgs<Args extends readonly CallbackArg[]> = { -readonly [K in keyof Args]: ParsedValue<Args[K]> };

export interface CallbackAction<Args extends readonly CallbackArg[] = readonly CallbackArg[]> {
  /** The key in CALLBACKS, for tests and messages. */
  readonly name: string;
  /** What goes on the wire before the first colon. */
  readonly code: string;
  readonly args: Args;
  /**
   * Matches this action and captures its arguments. Any client can send any data under a button, so
   * the shape is checked here: data that does not fit reaches no handler and is answered as an
   * outdated button, and no forged number becomes a failing query.
   */
  readonly pattern: RegExp;
  build(...values: BuildArgs<Args>): string;
  /** The arguments of data that matched `pattern` (what grammY puts in `ctx.match`). */
  parse(match: string | RegExpMatchArray): ParsedArgs<Args>;
}

const ARG_PATTERNS = { id: '(\\d{1,9})', code: '([A-Za-z0-9_-]{1,16})' } as const;

/** Makes the registry (callbacks.ts): one action per name, each code used once. */
export function defineCallbacks<const R extends Record<string, { code: string; args: readonly CallbackArg[] }>>(
  definitions: R,
): { readonly [N in keyof R]: CallbackAction<R[N]['args']> } {
  const codes = new Set<string>();
  const actions = Object.entries(definitions).map(([name, { code, args }]) => {
    // A code is a prefix of no other code's data only because a colon or the end follows it.
    if (!/^[a-z][a-z0-9]*$/.test(code) || codes.has(code))
      throw new Error(`Callback code ${code} is taken or malformed`);
    codes.add(code);
    return [name, callbackAction(name, code, args)] as const;
  });
  return Object.fromEntries(actions) as { readonly [N in keyof R]: CallbackAction<R[N]['args']> };
}

function callbackAction<Args extends readonly CallbackArg[]>(
  name: string,
  code: string,
  args: Args,
): CallbackAction<Args> {
  const parts = args.map((arg) => `:${typeof arg === 'string' ? ARG_PATTERNS[arg] : `(${arg.join('|')})`}`);
  const pattern = new RegExp(`^${code}${parts.join('')}$`);
  return {
    name,
    code,
    args,
    pattern,
    build(...values) {
      const data = [code, ...(values as (string | number)[])].join(':');
      if (Buffer.byteLength(data, 'utf8') > 64) throw new Error(`Callback data over 64 bytes for action ${code}`);
      return data;
    },
    parse(match) {
      const found = typeof match === 'string' ? pattern.exec(match) : match;
      if (!found) throw new Error(`Callback data does not fit action ${code}`);
      return args.map((arg, i) => (arg === 'id' ? Number(found[i + 1]) : found[i + 1]!)) as ParsedArgs<Args>;
    },
  };
}

/**
 * Registers `handler` for presses of `action`'s buttons, with the arguments already parsed. Data of
 * any other shape never reaches it.
 */
export function onCallback<C extends Context, Args extends readonly CallbackArg[]>(
  composer: Composer<C>,
  action: CallbackAction<Args>,
  handler: (ctx: CallbackQueryContext<C>, ...args: ParsedArgs<Args>) => unknown,
): void {
  composer.callbackQuery(action.pattern, (ctx) => handler(ctx, ...action.parse(ctx.match)));
}
