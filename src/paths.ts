import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory holding package.json, drizzle/ and locales/. Found by walking up from this file, which
 * runs from src/ (tests, tsx) or bundled into a file in dist/ (`npm start`, the Docker image).
 */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`Vestka's package.json is not in ${from} or above it`);
  }
}
