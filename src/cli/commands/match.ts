import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { describeError } from '../../db/database-error.ts';
import { NameIndex } from '../../domain/names/index.ts';
import type { PersonRecord } from '../../domain/names/index.ts';
import type { FeedRecord } from '../../source/feed-schema.ts';
import { describeFeedError, parseFeed } from '../../source/feed-schema.ts';
import type { CliCommand, CliIo } from '../cli-command.ts';

const USAGE = 'match --registry FILE   (queries on stdin, one per line; one JSON line per query on stdout)';

export function personFromFeed(record: FeedRecord): PersonRecord {
  const birthYear = record.birthYear ?? (record.birthDate ? Number(record.birthDate.slice(0, 4)) : undefined);
  return { id: record.id, names: record.names, gender: record.gender, birthYear, region: record.region };
}

async function loadRegistry(path: string, io: CliIo): Promise<NameIndex | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    io.stderr.write(`Cannot read the registry ${path}: ${describeError(error)}\n`);
    return undefined;
  }
  const feed = parseFeed(json);
  if (!feed.ok) {
    io.stderr.write(`The registry ${path} is not a valid feed (docs/feed-format.md): ${feed.error}\n`);
    return undefined;
  }
  // The registry is the ground truth the answers are judged against: one bad record, or one id twice, refuses it whole.
  const seen = new Set<string>();
  const errors = [...feed.rejected.map((r) => r.error)];
  feed.records.forEach((record, i) => {
    if (seen.has(record.id))
      errors.push({
        index: feed.indexes[i]!,
        id: record.id,
        field: 'id',
        message: 'appears more than once in the feed',
      });
    seen.add(record.id);
  });
  if (errors.length > 0) {
    io.stderr.write(`The registry ${path} is not a valid feed (docs/feed-format.md):\n`);
    for (const error of errors.slice(0, 50)) io.stderr.write(`  ${describeFeedError(error)}\n`);
    if (errors.length > 50) io.stderr.write(`  ... and ${errors.length - 50} more\n`);
    return undefined;
  }
  return new NameIndex(feed.records.map(personFromFeed));
}

export const matchCommand: CliCommand = {
  summary: 'Match names read on stdin against a registry in the feed format',
  usage: USAGE,
  async run(args, io) {
    const at = args.indexOf('--registry');
    const path = at >= 0 ? args[at + 1] : undefined;
    if (!path || path.startsWith('--')) {
      io.stderr.write(`Usage: npm run --silent cli -- ${USAGE}\n`);
      return 2;
    }
    const index = await loadRegistry(path, io);
    if (!index) return 2;
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const query = line.trim();
      if (!query) continue;
      const result = index.search(query, { limit: 5 });
      io.stdout.write(`${JSON.stringify({ query, decision: result.decision, matches: result.candidates })}\n`);
    }
    return 0;
  },
};
