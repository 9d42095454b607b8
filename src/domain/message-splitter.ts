/** Telegram's limit for one text message, counted on the text after HTML parsing, in UTF-16 units. */
export const TELEGRAM_TEXT_LIMIT = 4096;

type Token =
  | { kind: 'open'; raw: string; name: string }
  | { kind: 'close'; raw: string }
  | { kind: 'text'; raw: string; width: number };

interface Cut {
  index: number;
  open: Extract<Token, { kind: 'open' }>[];
}

/**
 * Splits an HTML message whose visible text is longer than `limit` into parts Telegram accepts:
 * each part is valid HTML on its own (tags open at a cut are closed and reopened in the next part),
 * never cut inside a tag, an entity or a surrogate pair, and preferably cut after a line break,
 * else after a space. A message within the limit comes back as it is.
 */
export function splitMessage(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const tokens = tokenize(html);
  const total = tokens.reduce((sum, t) => sum + (t.kind === 'text' ? t.width : 0), 0);
  if (total <= limit) return [html];

  const parts: string[] = [];
  let start = 0;
  let carried: Cut['open'] = [];
  while (start < tokens.length) {
    const cut = findCut(tokens, start, carried, limit);
    let end = cut.index;
    const open = [...cut.open];
    // Closing tags right after the cut belong to this part: no empty <b></b> in the next one.
    while (end < tokens.length && tokens[end]!.kind === 'close' && open.length > 0) {
      open.pop();
      end++;
    }
    const body = tokens
      .slice(start, end)
      .map((t) => t.raw)
      .join('');
    const part = carried.map((t) => t.raw).join('') + body + closingTags(open);
    if (hasVisibleText(tokens, start, end)) parts.push(part);
    carried = open;
    start = end;
  }
  return parts;
}

/** The end of the part that begins at `start`: the last line break, else space, else the last unit that fits. */
function findCut(tokens: Token[], start: number, carried: Cut['open'], limit: number): Cut {
  const open = [...carried];
  let width = 0;
  let visibleSeen = false;
  let lineBreak: Cut | undefined;
  let space: Cut | undefined;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'open') open.push(token);
    else if (token.kind === 'close') open.pop();
    else {
      if (width + token.width > limit) {
        // A unit wider than the whole limit cannot occur (widths are 1 or 2, limit >= 2 in practice).
        if (i === start) return { index: i + 1, open: [...open] };
        return lineBreak ?? space ?? { index: i, open: [...open] };
      }
      width += token.width;
      const isBreak = token.raw === '\n';
      const isSpace = token.raw === ' ' || token.raw === '\t';
      // A cut only counts once the part holds something visible, so no part is blank.
      if (visibleSeen && isBreak) lineBreak = { index: i + 1, open: [...open] };
      else if (visibleSeen && isSpace) space = { index: i + 1, open: [...open] };
      if (!isBreak && !isSpace) visibleSeen = true;
    }
  }
  return { index: tokens.length, open };
}

function hasVisibleText(tokens: Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind === 'text' && t.raw.trim() !== '') return true;
  }
  return false;
}

function closingTags(open: Cut['open']): string {
  return open
    .map((t) => `</${t.name}>`)
    .reverse()
    .join('');
}

const ENTITY = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/;

/** Tags, entities (one visible character each) and single characters (a surrogate pair stays whole). */
function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const end = html.indexOf('>', i);
      if (end !== -1) {
        const raw = html.slice(i, end + 1);
        const inner = raw.slice(1, -1).trim();
        if (inner.startsWith('/')) tokens.push({ kind: 'close', raw });
        else
          tokens.push({ kind: 'open', raw, name: (/^[a-zA-Z][a-zA-Z0-9-]*/.exec(inner)?.[0] ?? inner).toLowerCase() });
        i = end + 1;
        continue;
      }
    } else if (ch === '&') {
      const entity = ENTITY.exec(html.slice(i, i + 12));
      if (entity) {
        tokens.push({ kind: 'text', raw: entity[0], width: 1 });
        i += entity[0].length;
        continue;
      }
    }
    const code = html.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < html.length;
    const raw = pair ? html.slice(i, i + 2) : ch;
    tokens.push({ kind: 'text', raw, width: raw.length });
    i += raw.length;
  }
  return tokens;
}
