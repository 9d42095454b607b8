import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/domain/html.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';

// The emulator's HTML check must be as strict as Telegram, or end-to-end tests would pass messages
// that the real server refuses.
describe('the emulator reads parse_mode HTML as Telegram does', () => {
  it('accepts the supported tags and decodes entities', () => {
    expect(parseTelegramHtml('<b>Бяляцкі</b> &amp; <a href="https://t.me/x?start=f_1">card</a> &lt;3')).toEqual({
      ok: true,
      text: 'Бяляцкі & card <3',
    });
  });
  it.each([
    ['<div>x</div>', /Unsupported start tag "div"/],
    ['<b>x', /Can't find end tag/],
    ['<b><i>x</b></i>', /Can't find end tag/],
    ['Tom & Jerry', /Character '&' is reserved/],
    ['1 > 0', /Character '>' is reserved/],
    ['&nbsp;', /Unsupported HTML entity/],
  ])('refuses %s', (html, error) => {
    const result = parseTelegramHtml(html);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
  it('accepts anything passed through escapeHtml', () => {
    const nasty = `<script>alert("x")</script> & Tom's "quote" </b>`;
    expect(parseTelegramHtml(escapeHtml(nasty))).toEqual({ ok: true, text: nasty });
  });
});
