/**
 * What became of one send, decided in exactly one place (src/telegram/send-outcome.ts):
 * - sent: delivered;
 * - rate_limited: Telegram said wait `retryAfterSeconds` (429);
 * - transient: a server or network failure, worth retrying later;
 * - blocked: the chat is gone for us (blocked, deactivated, kicked, not found);
 * - rejected: Telegram refused this message for good (400), with its reason;
 * - migrated: the group became a supergroup with a new chat id; send there instead.
 */
export type SendOutcome =
  | {
      kind: 'sent';
      messageId: number;
      /** Telegram's id of an uploaded photo (largest size), to send it again by id. */ photoFileId?: string;
    }
  | { kind: 'rate_limited'; errorCode: number; retryAfterSeconds: number; detail: string }
  | { kind: 'transient'; errorCode: number | null; detail: string }
  | { kind: 'blocked'; errorCode: number; detail: string }
  | { kind: 'rejected'; errorCode: number; reason: string }
  | { kind: 'migrated'; errorCode: number; toChatId: number; detail: string };

export interface OutgoingMessage {
  chatId: number;
  /** HTML within Telegram's 4,096 characters (long messages are split before this). */
  html: string;
  replyMarkup?: unknown;
  /** Send with allow_paid_broadcast (paid in Stars, up to 1,000 messages a second). */
  paidBroadcast: boolean;
  /** disable_notification: the message arrives without sound (the subscriber's quiet hours). */
  silent?: boolean;
  /** protect_content: it cannot be forwarded or saved. */
  protect?: boolean;
  /** Send a photo with `html` as its caption: by Telegram's file id once known, else the bytes (uploaded). */
  photo?: { fileId: string } | { png: Uint8Array; filename: string };
}

/** Sends one message; never throws for anything Telegram or the network does, it answers an outcome. */
export interface MessageSender {
  send(message: OutgoingMessage): Promise<SendOutcome>;
}
