import { GrammyError, HttpError } from 'grammy';
import type { SendOutcome } from '../app/delivery/ports.ts';

/**
 * 400 answers that mean the chat itself is gone or closed to us rather than this message being
 * wrong. Telegram gives these no code or parameter of their own, so this one list compares the
 * reason Telegram states after "Bad Request: " exactly; everything else is decided by error_code
 * and parameters alone.
 */
const CHAT_GONE_REASONS = new Set([
  'chat not found',
  'user not found',
  'peer_id_invalid',
  'channel_private',
  'chat_write_forbidden',
  'need administrator rights in the channel chat',
  'not enough rights to send text messages to the chat',
  'have no rights to send a message',
]);

/** Turns whatever a Bot API call threw into an outcome. The one place that reads Telegram's errors. */
export function sendOutcomeOf(error: unknown): SendOutcome {
  if (error instanceof GrammyError) return outcomeOfApiError(error.error_code, error.description, error.parameters);
  if (error instanceof HttpError)
    return { kind: 'transient', errorCode: null, detail: `network: ${networkReason(error.error)}` };
  return {
    kind: 'transient',
    errorCode: null,
    detail: `unexpected: ${error instanceof Error ? error.name : typeof error}`,
  };
}

export function outcomeOfApiError(
  errorCode: number,
  description: string,
  parameters: { retry_after?: number; migrate_to_chat_id?: number } | undefined,
): SendOutcome {
  if (parameters?.migrate_to_chat_id !== undefined) {
    return { kind: 'migrated', errorCode, toChatId: parameters.migrate_to_chat_id, detail: description };
  }
  if (errorCode === 429) {
    // Telegram always sends retry_after with 429; a missing one still must not mean "retry now".
    const retryAfterSeconds = Math.max(1, Math.ceil(parameters?.retry_after ?? 5));
    return { kind: 'rate_limited', errorCode, retryAfterSeconds, detail: description };
  }
  if (errorCode === 403) return { kind: 'blocked', errorCode, detail: description };
  if (errorCode === 400) {
    const reason = description.replace(/^Bad Request:\s*/i, '').trim();
    if (CHAT_GONE_REASONS.has(reason.toLowerCase())) return { kind: 'blocked', errorCode, detail: description };
    return { kind: 'rejected', errorCode, reason: description };
  }
  if (errorCode === 413) return { kind: 'rejected', errorCode, reason: description };
  // 5xx, and codes that are about the bot rather than the message (401 revoked token, 404, 409):
  // the message is fine, keep it and try again later.
  return { kind: 'transient', errorCode, detail: description };
}

/** The reason of a network failure without its message, which would carry the URL (and token). */
function networkReason(inner: unknown): string {
  if (inner && typeof inner === 'object') {
    const { code, name, type, message } = inner as {
      code?: unknown;
      name?: unknown;
      type?: unknown;
      message?: unknown;
    };
    if (typeof code === 'string') return code;
    // grammY's own timeout (timeoutSeconds) rejects with a plain Error; only a label depends on this.
    if (name === 'AbortError' || type === 'aborted' || (typeof message === 'string' && /timed out/.test(message)))
      return 'timeout';
    if (typeof name === 'string') return name;
  }
  return 'unknown';
}
