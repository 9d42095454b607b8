import { Parser } from 'htmlparser2';

/** One cell of the table as the parser met it: its text, and the first link and postal address inside it. */
export interface HtmlCell {
  text: string;
  href?: string;
  address?: string;
}

export interface HtmlTableRows {
  /** The `<th>` texts of the table's first row, empty when it has none. */
  header: string[];
  /** Each later row's `<td>` cells (rows without any are skipped). */
  rows: HtmlCell[][];
}

/**
 * Real list pages nest elements about 20 deep. htmlparser2 keeps its open elements in an array it
 * shifts on every tag, so 200,000 nested `<div>`s (1.2 MB) took 36 s and blocked the process; with
 * nesting bounded every tag costs at most this much, and parsing stays linear in the page's size.
 */
export const MAX_HTML_DEPTH = 256;

class StopParsing extends Error {}

/**
 * Reads `<table id="table">` while parsing, without building a document: a DOM of a 45 MB page
 * takes about 1 GB, and selecting rows from it (cheerio's `find`) was quadratic in the number of rows.
 * Rows of tables nested inside a cell are part of that cell's text, not rows of the list.
 */
export function readHtmlTableRows(body: string): HtmlTableRows | { error: string } {
  let depth = 0;
  let found = false;
  let inTable = false;
  let nestedTables = 0;
  let rowIndex = 0;
  let row: (HtmlCell & { th: boolean; parts: string[] })[] | undefined;
  let cell: (HtmlCell & { th: boolean; parts: string[] }) | undefined;
  const result: HtmlTableRows = { header: [], rows: [] };
  let tooDeep = false;

  const parser = new Parser({
    onopentag(name, attribs) {
      if (++depth > MAX_HTML_DEPTH) {
        tooDeep = true;
        throw new StopParsing();
      }
      if (name === 'table') {
        if (inTable) nestedTables++;
        else if (!found && attribs.id === 'table') found = inTable = true;
        return;
      }
      if (!inTable) return;
      if (nestedTables === 0 && name === 'tr') row = [];
      else if (nestedTables === 0 && row && (name === 'td' || name === 'th'))
        cell = { text: '', th: name === 'th', parts: [] };
      else if (cell) {
        if (cell.href === undefined && name === 'a' && attribs.href !== undefined) cell.href = attribs.href;
        if (cell.address === undefined && attribs['data-address'] !== undefined) cell.address = attribs['data-address'];
      }
    },
    ontext(text) {
      cell?.parts.push(text);
    },
    onclosetag(name) {
      depth--;
      if (!inTable) return;
      if (name === 'table') {
        if (nestedTables > 0) return void nestedTables--;
        // The list is read: the rest of the page does not matter.
        inTable = false;
        throw new StopParsing();
      }
      if (nestedTables > 0) return;
      if ((name === 'td' || name === 'th') && cell && row) {
        row.push({ ...cell, text: cell.parts.join('') });
        cell = undefined;
      } else if (name === 'tr' && row) {
        if (rowIndex++ === 0) result.header = row.filter((c) => c.th).map((c) => c.text);
        const tds = row
          .filter((c) => !c.th)
          .map(({ text, href, address }) => ({
            text,
            ...(href !== undefined ? { href } : {}),
            ...(address !== undefined ? { address } : {}),
          }));
        if (tds.length > 0) result.rows.push(tds);
        row = undefined;
      }
    },
  });
  try {
    parser.write(body);
    parser.end();
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
  }
  if (tooDeep)
    return {
      error: `the page nests elements more than ${MAX_HTML_DEPTH} deep; a list page is never like that, so it was not read`,
    };
  if (!found) return { error: 'the page has no <table id="table">' };
  return result;
}
