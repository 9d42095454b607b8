import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SOURCE_FIXTURES = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));

/** A source fixture's text (test/fixtures/sources/<name>). */
export function sourceFixture(name: string): string {
  return readFileSync(`${SOURCE_FIXTURES}${name}`, 'utf8');
}
