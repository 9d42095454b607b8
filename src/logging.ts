import { createHmac } from 'node:crypto';
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Logs never carry text a user typed or a chat id in clear: chat ids go through `chatRef`, a keyed
 * hash that lets an operator follow one chat through the logs without learning who it is.
 */
export function createLogger(level: string, secret: string): { logger: Logger; chatRef: (chatId: number) => string } {
  const key = createHmac('sha256', 'vestka-log-ref').update(secret).digest();
  const logger = pino({
    level,
    base: undefined,
    redact: { paths: ['text', '*.text', 'chatId', '*.chatId', 'chat_id', '*.chat_id', 'message', 'update'], censor: '[redacted]' },
  });
  const chatRef = (chatId: number) => createHmac('sha256', key).update(String(chatId)).digest('hex').slice(0, 12);
  return { logger, chatRef };
}
