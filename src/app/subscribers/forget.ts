import type { Db } from '../../db/database.ts';
import { chatsGoneSince, eraseChat, type ChatErasure } from '../../db/queries/chat-erasure.ts';
import { goneChatCutoff } from '../../domain/retention.ts';
import type { DiskErasure } from './ports.ts';

export type { ChatErasure };

export interface ForgetDeps {
  db: Db;
  disk: DiskErasure;
}

/**
 * /forget: erases the chat's subscriber row (language, time zone, settings), every follow and
 * pending name, and every message queued for it, in one transaction; returns what was erased so
 * the user is told exactly that. Nothing is kept to say the chat was ever here, and on the embedded
 * database the freed bytes are overwritten in the files before the answer goes out.
 */
export async function forgetChat(deps: ForgetDeps, chatId: number): Promise<ChatErasure> {
  const erased = await deps.db.transaction((tx) => eraseChat(tx, chatId));
  if (erased.settings || erased.queuedMessages > 0) await deps.disk.afterChatErased();
  return erased;
}

/**
 * Chats that blocked the bot (or were deleted) GONE_CHAT_DAYS ago and never came back are erased
 * as with /forget, each in its own transaction; the rewrite of the files is left to the caller (the
 * daily retention job does it once for all). Returns how many were erased.
 */
export async function eraseGoneChats(db: Db, now: Date): Promise<number> {
  let erased = 0;
  for (const chatId of await chatsGoneSince(db, goneChatCutoff(now))) {
    await db.transaction((tx) => eraseChat(tx, chatId));
    erased++;
  }
  return erased;
}
