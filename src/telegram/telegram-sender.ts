import { Api, InputFile } from 'grammy';
import type { MessageSender, OutgoingMessage, SendOutcome } from '../app/delivery/ports.ts';
import { sendOutcomeOf } from './send-outcome.ts';

export interface TelegramSenderOptions {
  token: string;
  apiRoot: string;
  /** A request not answered in this time counts as a network failure (and may be retried). */
  timeoutSeconds?: number;
}

/**
 * Sends outbox messages through its own grammY Api, deliberately without the auto-retry plugin:
 * a 429 must come back to the drainer at once so it reschedules that one row and keeps sending to
 * every other chat, instead of this call sleeping through retry_after.
 */
export function createTelegramSender(options: TelegramSenderOptions): MessageSender {
  const api = new Api(options.token, { apiRoot: options.apiRoot, timeoutSeconds: options.timeoutSeconds ?? 15 });
  return telegramSender(api);
}

export function telegramSender(api: Api): MessageSender {
  return {
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      const options = {
        parse_mode: 'HTML' as const,
        ...(message.replyMarkup ? { reply_markup: message.replyMarkup as never } : {}),
        ...(message.paidBroadcast ? { allow_paid_broadcast: true } : {}),
        ...(message.silent ? { disable_notification: true } : {}),
        ...(message.protect ? { protect_content: true } : {}),
      };
      try {
        if (message.photo) {
          const photo =
            'fileId' in message.photo ? message.photo.fileId : new InputFile(message.photo.png, message.photo.filename);
          const sent = await api.sendPhoto(message.chatId, photo, { ...options, caption: message.html });
          // Telegram answers several sizes, smallest first; the largest is the picture as uploaded.
          return { kind: 'sent', messageId: sent.message_id, photoFileId: sent.photo.at(-1)?.file_id };
        }
        const sent = await api.sendMessage(message.chatId, message.html, options);
        return { kind: 'sent', messageId: sent.message_id };
      } catch (error) {
        return sendOutcomeOf(error);
      }
    },
  };
}
