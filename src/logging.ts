import { createHmac } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';
import { SQLSTATE_CONDITIONS } from './db/database-error.ts';

export type { Logger };

/**
 * Logs never carry text a user typed, a chat id in clear, or query parameters. Chat ids go through
 * `chatRef`, a keyed hash that lets an operator follow one chat through the logs without learning
 * who it is. Errors, wherever they appear in a log call, are replaced by `describeError`: class,
 * codes, table and constraint, stack frames; never their message (see docs/security.md, "Logs").
 */
export function createLogger(
  level: string,
  secret: string,
  destination?: DestinationStream,
): { logger: Logger; chatRef: (chatId: number) => string } {
  const key = createHmac('sha256', 'vestka-log-ref').update(secret).digest();
  const options = {
    level,
    base: undefined,
    redact: {
      paths: [
        'text',
        '*.text',
        'chatId',
        '*.chatId',
        'chat_id',
        '*.chat_id',
        'message',
        'update',
        'params',
        '*.params',
      ],
      censor: '[redacted]',
    },
    hooks: { logMethod: safeLogCall },
    // pino's own `err` serializer would redo what safeLogCall did, and re-add an error's message.
    serializers: { err: (described: unknown) => described },
  };
  const logger = destination ? pino(options, destination) : pino(options);
  const chatRef = (chatId: number) => createHmac('sha256', key).update(String(chatId)).digest('hex').slice(0, 12);
  return { logger, chatRef };
}

/**
 * Every log call passes through here before pino sees it. pino would otherwise take an error's
 * message as the line's message (`logger.error(err)`), and the message of a failed query holds
 * its parameters ("params: 6500,Ales"): errors become their description, and a line without a
 * message of its own gets a fixed one.
 */
function safeLogCall(this: Logger, args: unknown[], method: (...args: unknown[]) => void): void {
  const [first, ...rest] = args;
  if (first instanceof Error)
    return method.apply(this, [{ err: describeError(first) }, typeof rest[0] === 'string' ? rest[0] : 'error']);
  if (typeof first === 'object' && first !== null) {
    const fields: Record<string, unknown> = {};
    let hadError = false;
    for (const [name, value] of Object.entries(first)) {
      const errorField = name === 'err' || name === 'error';
      hadError ||= value instanceof Error || errorField;
      // Under `err` only a described error is kept: a string or object there is some error's words.
      fields[name] = value instanceof Error || errorField ? describeError(value) : value;
    }
    const message = typeof rest[0] === 'string' ? rest[0] : hadError ? 'error' : undefined;
    return method.apply(this, message === undefined ? [fields] : [fields, message]);
  }
  // A plain message: format arguments (`'%s'`) are not used in Vestka and could carry data.
  return method.apply(this, typeof first === 'string' ? [first] : args);
}

/**
 * What may be said about an error anywhere (logs, stored failure reasons): its class, its codes
 * (SQLSTATE with the table, column and constraint; a system error's code and call; Telegram's error
 * code and description), the stack frames, and the same for its cause. The message only of a plain
 * Error, never of another class, and never a database error's detail: PostgreSQL and drizzle put the
 * failing row and the query's parameters there, and a parser's message quotes its input.
 */
export function describeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & Record<string, unknown>;
  const out: Record<string, unknown> = { type: e.name && e.name !== 'Error' ? e.name : e.constructor.name };
  // A plain Error is what Vestka's own code throws, with words written for an operator; every other
  // class (a database's, a parser's, a TypeError quoting a value) may carry data in its message.
  if (Object.getPrototypeOf(e) === Error.prototype && typeof e.message === 'string')
    out.message = maskNumbers(e.message).slice(0, 300);
  const code = e.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    out.sqlstate = code;
    if (SQLSTATE_CONDITIONS[code]) out.condition = SQLSTATE_CONDITIONS[code];
    for (const [field, names] of [
      ['table', ['table', 'table_name']],
      ['column', ['column', 'column_name']],
      ['constraint', ['constraint', 'constraint_name']],
      ['routine', ['routine']],
    ] as const) {
      const value = names.map((n) => e[n]).find((v) => typeof v === 'string');
      if (value !== undefined) out[field] = value;
    }
  } else if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) {
    out.code = code;
    if (typeof e.syscall === 'string') out.syscall = e.syscall;
  }
  if (typeof e.error_code === 'number') {
    out.telegramCode = e.error_code;
    if (typeof e.method === 'string') out.method = e.method;
    // Telegram's own words ("Forbidden: bot was blocked by the user"); long digit runs masked all the same.
    if (typeof e.description === 'string') out.description = maskNumbers(e.description).slice(0, 200);
  }
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 6)
    .map((line) => maskNumbers(line.trim()));
  if (frames.length > 0) out.stack = frames;
  if (e.cause !== undefined && depth < 3) out.cause = describeError(e.cause, depth + 1);
  return out;
}

/** Ids of chats and users are long digit runs; nothing an operator needs from an error is one. */
function maskNumbers(text: string): string {
  return text.replace(/(?<![\w.:])-?\d{6,}(?![\w.])/g, '#');
}
