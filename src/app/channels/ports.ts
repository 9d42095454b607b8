/** What Telegram tells about a chat; implemented over the Bot API (src/telegram/channel-directory.ts). */
export interface ChannelDirectory {
  /** `@name` or a numeric id; undefined if Telegram knows no such chat or the bot cannot see it. */
  lookup(ref: string): Promise<{ id: number; type: string; title: string } | undefined>;
  /** Whether the bot is an administrator of the chat allowed to post. */
  botCanPost(chatId: number): Promise<boolean>;
}
