import { DrizzleQueryError } from 'drizzle-orm/errors';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { describeError, sqlStateOf } from '../../src/db/database-error.ts';
import { createLogger } from '../../src/logging.ts';
import { startScheduler } from '../../src/scheduler/scheduler.ts';
import { eventually } from '../support/eventually.ts';

const CHAT = 6_500_123;
/** What postgres-js throws, wrapped the way drizzle wraps it: the message quotes the query and its parameters. */
function postgresJsError(): Error {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "outbox_dedup_key_unique"'), {
    code: '23505',
    constraint_name: 'outbox_dedup_key_unique',
    table_name: 'outbox',
    detail: `Key (chat_id)=(${CHAT}) already exists.`,
  });
  return new DrizzleQueryError(
    'insert into "outbox" ("chat_id", "text") values ($1, $2)',
    [CHAT, 'Ales Bialiatski'],
    cause,
  );
}

describe('error text safe for logs, run reasons and CLI lines', () => {
  it('describes a database error by SQLSTATE, class, table and constraint, never the query or its parameters', () => {
    expect(describeError(postgresJsError())).toBe(
      'database error 23505 unique_violation (integrity constraint violation) on table outbox, constraint outbox_dedup_key_unique',
    );
    expect(sqlStateOf(postgresJsError())).toBe('23505');
    // PGlite names the fields without the "_name" suffix.
    const pglite = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      table: undefined,
      constraint: undefined,
    });
    expect(describeError(new DrizzleQueryError('update "sync_runs" set "reason" = $1', ['x\u0000'], pglite))).toBe(
      'database error 22021 character_not_in_repertoire (data exception)',
    );
  });

  it('keeps a plain error message, on one line, without control characters, and drops a copied driver message', () => {
    expect(describeError(new TypeError("Cannot read properties of undefined (reading 'names')"))).toBe(
      "Cannot read properties of undefined (reading 'names')",
    );
    expect(describeError(new Error('two\nlines\u0000 here'))).toBe('two lines here');
    expect(describeError(new Error(`wrapped: Failed query: insert into x\nparams: ${CHAT},1`))).toBe(
      'database error (no SQLSTATE given)',
    );
    expect(describeError('x'.repeat(2000))).toHaveLength(500);
  });

  it('the scheduler logs a failed job by SQLSTATE, never with the chat ids in the query parameters', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _enc, done) => {
        lines.push(chunk.toString());
        done();
      },
    });
    const scheduler = startScheduler(
      [{ name: 'failing', schedule: '* * * * * *', run: () => Promise.reject(postgresJsError()) }],
      createLogger('info', 'token', sink).logger,
    );
    await eventually(() => lines.length > 0, 'the failed job to be logged');
    await scheduler.stop();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toContain('"sqlstate":"23505"');
    for (const line of lines) expect(line).not.toMatch(new RegExp(`${CHAT}|params|Bialiatski`));
  });
});
