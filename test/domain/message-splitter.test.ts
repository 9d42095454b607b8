import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/domain/html.ts';
import { TELEGRAM_TEXT_LIMIT, splitMessage } from '../../src/domain/message-splitter.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';

/** Every part must be accepted by Telegram's HTML rules and fit the limit; returns their plain texts. */
function acceptedParts(parts: string[], limit: number): string[] {
  return parts.map((part, i) => {
    const parsed = parseTelegramHtml(part);
    if (!parsed.ok) throw new Error(`part ${i} is not valid Telegram HTML: ${parsed.error}\n${part}`);
    expect(parsed.text.length, `part ${i} length`).toBeLessThanOrEqual(limit);
    expect(parsed.text.trim(), `part ${i} is blank`).not.toBe('');
    return parsed.text;
  });
}

const plainOf = (html: string) => (parseTelegramHtml(html) as { text: string }).text;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('splitMessage', () => {
  it('leaves a message within 4,096 characters as it is', () => {
    const text = `<b>${escapeHtml('Ales & Co')}</b>\n${'x'.repeat(4000)}`;
    expect(splitMessage(text)).toEqual([text]);
  });

  it('counts an entity as one character, as Telegram does', () => {
    const text = '&amp;'.repeat(TELEGRAM_TEXT_LIMIT);
    expect(splitMessage(text)).toEqual([text]);
    expect(splitMessage(`${text}&amp;`)).toHaveLength(2);
  });

  it('cuts a long digest at line boundaries, losing no line', () => {
    const lines = Array.from(
      { length: 400 },
      (_, i) => `${i + 1}. ${escapeHtml(`Name ${i} <${i}> released`)} — status changed`,
    );
    const html = lines.join('\n');
    const parts = splitMessage(html);
    expect(parts.length).toBeGreaterThan(3);
    const plains = acceptedParts(parts, TELEGRAM_TEXT_LIMIT);
    // every part holds whole lines only: no line is split across parts
    const whole = new Set(lines.map(plainOf));
    for (const plain of plains) for (const line of plain.trim().split('\n')) expect(whole.has(line), line).toBe(true);
    expect(plains.map((p) => p.trim()).join('\n')).toBe(plainOf(html));
  });

  it('closes tags open at a cut and reopens them, attributes included, in the next part', () => {
    const html = `<b>Header</b>\n<a href="https://prisoners.spring96.org/en/person/x"><i>${'word '.repeat(30)}</i></a>\n<blockquote>${'line\n'.repeat(20)}</blockquote>`;
    const parts = splitMessage(html, 60);
    acceptedParts(parts, 60);
    expect(parts[1]).toMatch(/^<a href="https:\/\/prisoners\.spring96\.org\/en\/person\/x"><i>/);
    expect(parts[1]).toMatch(/<\/i><\/a>$/);
    expect(parts.at(-1)).toMatch(/^<blockquote>/);
    expect(squash(parts.map(plainOf).join(' '))).toBe(squash(plainOf(html)));
  });

  it('cuts at a space when a line is longer than a message, and hard-cuts a word longer than a message', () => {
    const words = splitMessage('alpha beta gamma delta', 12);
    expect(words).toEqual(['alpha beta ', 'gamma delta']);
    const hard = splitMessage('x'.repeat(25), 10);
    expect(hard).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('never cuts an entity, a tag or an emoji (surrogate pair) in two', () => {
    const html = `${'😀'.repeat(7)}&lt;&gt;&amp;<b>b</b>${'😀'.repeat(7)}`;
    for (const limit of [3, 4, 5, 7, 9]) {
      const parts = splitMessage(html, limit);
      const plains = acceptedParts(parts, limit);
      expect(plains.join('')).toBe(plainOf(html));
      for (const part of parts)
        expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  it('keeps every piece of generated HTML valid across many random messages and limits', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      'word',
      ' ',
      '\n',
      '&amp;',
      '&lt;',
      '😀',
      'Алесь',
      '<b>',
      '<i>',
      '<code>',
      '<a href="https://x.org/?a=1&amp;b=2">',
    ];
    for (let round = 0; round < 200; round++) {
      const open: string[] = [];
      let html = '';
      for (let n = 0; n < 80; n++) {
        const piece = pieces[Math.floor(random() * pieces.length)]!;
        if (piece.startsWith('<')) {
          if (open.length < 3 && random() < 0.5) {
            html += piece;
            open.push(/^<([a-z]+)/.exec(piece)![1]!);
          } else if (open.length > 0) html += `</${open.pop()}>`;
        } else html += piece;
      }
      while (open.length > 0) html += `</${open.pop()}>`;
      const limit = 8 + Math.floor(random() * 40);
      const plains = acceptedParts(splitMessage(html, limit), limit);
      expect(squash(plains.join(' ')).replace(/ /g, '')).toBe(squash(plainOf(html)).replace(/ /g, ''));
    }
  });

  it('refuses a nonsensical limit', () => {
    expect(() => splitMessage('x', 0)).toThrow(RangeError);
  });
});
