import { expect } from 'vitest';
import type { ApiCallRecord } from './bot-harness.ts';
import { parseTelegramHtml } from './telegram-html.ts';

/** Every text the bot sent in these calls is valid Telegram HTML within one message; returns them as the user sees them. */
export function shown(calls: ApiCallRecord[]): string[] {
  return calls
    .filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText')
    .map((c) => {
      const parsed = parseTelegramHtml(String(c.payload.text));
      if (!parsed.ok) throw new Error(`${parsed.error}: ${String(c.payload.text)}`);
      expect(parsed.text.length).toBeLessThanOrEqual(4096);
      return parsed.text;
    });
}

/** The toast a button tap was answered with, if any. */
export function toast(calls: ApiCallRecord[]): string | undefined {
  return calls.find((c) => c.method === 'answerCallbackQuery')?.payload.text as string | undefined;
}
