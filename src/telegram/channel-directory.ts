import { GrammyError, type Api } from 'grammy';
import type { ChannelDirectory } from '../app/channels/ports.ts';

/** Channels as the Bot API sees them: getChat for the chat, getChatMember for the bot's own rights. */
export function botApiChannelDirectory(api: Api, botId: () => number): ChannelDirectory {
  return {
    async lookup(ref) {
      const chatId = /^-?\d+$/.test(ref) ? Number(ref) : ref.startsWith('@') ? ref : `@${ref}`;
      try {
        const chat = await api.getChat(chatId);
        const title =
          'title' in chat && chat.title
            ? chat.title
            : 'username' in chat && chat.username
              ? `@${chat.username}`
              : String(chat.id);
        return { id: chat.id, type: chat.type, title };
      } catch (error) {
        // 400 "chat not found", 403 "bot is not a member": for the admin both mean "add the bot first".
        if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) return undefined;
        throw error;
      }
    },
    async botCanPost(chatId) {
      try {
        const member = await api.getChatMember(chatId, botId());
        return member.status === 'creator' || (member.status === 'administrator' && member.can_post_messages === true);
      } catch (error) {
        if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) return false;
        throw error;
      }
    },
  };
}
