/**
 * Telegram's rules for parse_mode HTML, as the real server applies them: only these tags, every
 * tag closed in order, `<`, `>` and `&` outside tags written as entities. Returns the plain text
 * (what counts against the 4,096-character limit) or the error Telegram would give.
 */
const ALLOWED = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'a',
  'code',
  'pre',
  'blockquote',
  'tg-emoji',
]);
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

export type HtmlParse = { ok: true; text: string } | { ok: false; error: string };

export function parseTelegramHtml(html: string): HtmlParse {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  const byteOffset = (index: number) => Buffer.byteLength(html.slice(0, index), 'utf8');
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const end = html.indexOf('>', i);
      if (end === -1)
        return {
          ok: false,
          error: `Bad Request: can't parse entities: Unclosed start tag at byte offset ${byteOffset(i)}`,
        };
      const raw = html.slice(i + 1, end).trim();
      if (raw.startsWith('/')) {
        const name = raw.slice(1).trim().toLowerCase();
        const open = stack.pop();
        if (open !== name)
          return {
            ok: false,
            error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${open ?? name}"`,
          };
      } else {
        const name = (/^[a-zA-Z-]+/.exec(raw)?.[0] ?? '').toLowerCase();
        if (!ALLOWED.has(name))
          return {
            ok: false,
            error: `Bad Request: can't parse entities: Unsupported start tag "${name}" at byte offset ${byteOffset(i)}`,
          };
        if (name === 'a' && !/\bhref\s*=\s*("[^"]*"|'[^']*')/.test(raw)) {
          // Telegram accepts <a> without href but drops the link; we treat it as the mistake it is.
          return {
            ok: false,
            error: `Bad Request: can't parse entities: Tag "a" must have attribute "href" at byte offset ${byteOffset(i)}`,
          };
        }
        stack.push(name);
      }
      i = end + 1;
    } else if (ch === '&') {
      const m = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(html.slice(i, i + 12));
      if (!m)
        return {
          ok: false,
          error: `Bad Request: can't parse entities: Character '&' is reserved and must be escaped at byte offset ${byteOffset(i)}`,
        };
      const body = m[1]!;
      if (body.startsWith('#x')) text += String.fromCodePoint(parseInt(body.slice(2), 16));
      else if (body.startsWith('#')) text += String.fromCodePoint(parseInt(body.slice(1), 10));
      else if (NAMED_ENTITIES[body] !== undefined) text += NAMED_ENTITIES[body];
      else
        return {
          ok: false,
          error: `Bad Request: can't parse entities: Unsupported HTML entity "&${body};" at byte offset ${byteOffset(i)}`,
        };
      i += m[0].length;
    } else if (ch === '>') {
      return {
        ok: false,
        error: `Bad Request: can't parse entities: Character '>' is reserved and must be escaped at byte offset ${byteOffset(i)}`,
      };
    } else {
      text += ch;
      i++;
    }
  }
  if (stack.length > 0)
    return {
      ok: false,
      error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${stack.at(-1)}"`,
    };
  return { ok: true, text };
}
