import { stat } from 'node:fs/promises';
import type { SourceRow } from '../db/queries/sources.ts';
import type { SourceDefinition } from '../domain/source-definition.ts';
import { formatFromName, type SourceFormat } from '../source/parse-source.ts';

/** What `sync --source X` means: a configured source, one the database knows, or a file or URL. */
export type SourceTarget =
  | { kind: 'configured'; definition: SourceDefinition; stored?: SourceRow }
  | { kind: 'stored'; row: SourceRow }
  | { kind: 'location'; url: string; format: SourceFormat; stored?: SourceRow };

export function targetUrl(target: SourceTarget): string {
  return target.kind === 'configured' ? target.definition.url : target.kind === 'stored' ? target.row.url : target.url;
}

export function targetFormat(target: SourceTarget): SourceFormat {
  return target.kind === 'configured'
    ? target.definition.format
    : target.kind === 'stored'
      ? target.row.format
      : target.format;
}

/** The stored row the target already has, if any (a configured source may not be synced yet). */
export function targetRow(target: SourceTarget): SourceRow | undefined {
  return target.kind === 'stored' ? target.row : target.stored;
}

/**
 * In this order, so the three never blur: the name of a source in SOURCES/SOURCE_URL; the name of a
 * source the database knows (an earlier ad-hoc run); an http(s) or file: URL, a path (it has a "/" or
 * an ending such as .json) or a file that exists. A bare word that is none of these is an error, not
 * a file to look for (to sync a file that shares a source's name, write it as ./name). `--format` is
 * only for a file or URL: a named source is read as it is configured.
 */
export async function resolveSourceTarget(
  given: string,
  format: SourceFormat | undefined,
  configured: readonly SourceDefinition[],
  stored: readonly SourceRow[],
): Promise<SourceTarget | { error: string }> {
  const formatClash = (name: string, own: SourceFormat) =>
    format !== undefined && format !== own
      ? { error: `--format is for a file or URL: the configured source ${name} is read as ${own}.` }
      : undefined;
  const byName = configured.find((d) => d.name === given);
  if (byName)
    return (
      formatClash(byName.name, byName.format) ?? {
        kind: 'configured',
        definition: byName,
        stored: stored.find((s) => s.name === byName.name),
      }
    );
  const storedByName = stored.find((s) => s.name === given);
  if (storedByName) return formatClash(storedByName.name, storedByName.format) ?? { kind: 'stored', row: storedByName };

  if (!looksLikeLocation(given) && !(await exists(given))) {
    const names = configured.map((d) => d.name);
    return {
      error: `${given} is not a configured source (configured: ${names.length > 0 ? names.join(', ') : 'none'}), a source the database knows, a URL or a file that exists.`,
    };
  }
  const configuredByUrl = configured.find((d) => d.url === given);
  if (configuredByUrl)
    return (
      formatClash(configuredByUrl.name, configuredByUrl.format) ?? {
        kind: 'configured',
        definition: configuredByUrl,
        stored: stored.find((s) => s.name === configuredByUrl.name),
      }
    );
  const storedByUrl = stored.find((s) => s.url === given);
  if (storedByUrl) return formatClash(storedByUrl.name, storedByUrl.format) ?? { kind: 'stored', row: storedByUrl };
  const guessed = format ?? formatFromName(given);
  if (!guessed) return { error: `Cannot tell the format of ${given}: add --format json, csv or html.` };
  return { kind: 'location', url: given, format: guessed };
}

function looksLikeLocation(given: string): boolean {
  return /^(https?:\/\/|file:)/i.test(given) || /[/\\]/.test(given) || /\.[a-z0-9]{1,5}$/i.test(given);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
