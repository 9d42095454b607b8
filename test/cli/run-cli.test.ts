import { DrizzleQueryError } from 'drizzle-orm/errors';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.ts';
import { runCli } from '../../src/cli/run-cli.ts';

async function run(argv: string[]): Promise<{ code: number; err: string }> {
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await runCli(argv, { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {} });
  return { code, err };
}

afterEach(() => {
  delete commands.explode;
});

describe('the CLI around every command', () => {
  it('turns an error no command foresaw into one plain line and exit 1: no stack trace, no query parameters', async () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "subscribers_chat_id_unique"'),
      { code: '23505', constraint_name: 'subscribers_chat_id_unique', table_name: 'subscribers' },
    );
    commands.explode = {
      summary: 'test',
      usage: 'explode',
      run: () =>
        Promise.reject(new DrizzleQueryError('insert into "subscribers" ("chat_id") values ($1)', [6_500_123], cause)),
    };
    expect(await run(['explode'])).toEqual({
      code: 1,
      err: 'explode failed: database error 23505 unique_violation (integrity constraint violation) on table subscribers, constraint subscribers_chat_id_unique\n',
    });
  });

  it('exits 2 for an unknown command', async () => {
    expect((await run(['nope'])).code).toBe(2);
  });
});
