// After `npm install`: bundle the program and make the embedded database's template, so that the first
// `npm start` does neither. Never fails the install: `npm start` does both itself when they are missing.
// The Docker image runs it again once dist/ is copied in (its install has no src/ and no dist/ yet).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ensureBuilt } from './build.js';

try {
  await ensureBuilt();
  const prepare = join(DIST, 'prepare-embedded.js');
  if (existsSync(prepare)) await import(prepare);
} catch (error) {
  console.warn(
    `vestka: postinstall skipped (${error instanceof Error ? error.message : String(error)}); npm start will do it.`,
  );
}
