import type { Db } from '../db/database.ts';
import { eraseChat, type ChatErasure } from '../db/queries/chat-erasure.ts';

export type { ChatErasure };

/**
 * /forget: erases the chat's subscriber row (language, time zone, settings), every follow and
 * pending name, and every message queued for it, in one transaction; returns what was erased so
 * the user is told exactly that. Nothing is kept to say the chat was ever here.
 */
export function forgetChat(db: Db, chatId: number): Promise<ChatErasure> {
  return db.transaction((tx) => eraseChat(tx, chatId));
}
