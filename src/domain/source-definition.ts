/** How a source publishes its list. */
export type SourceFormat = 'json' | 'csv' | 'html';

/** A source as the configuration names it (SOURCES, or SOURCE_URL); src/config-sources.ts reads it. */
export interface SourceDefinition {
  name: string;
  url: string;
  format: SourceFormat;
  schedule: string;
}
