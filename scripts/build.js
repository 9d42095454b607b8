// Bundles the program with esbuild: dist/main.js (`npm start`, the Docker image), dist/cli/main.js and
// dist/prepare-embedded.js, with their source maps; packages stay in node_modules. Node then loads a
// handful of files at start instead of transpiling some 230 (tsx), which took seconds. esbuild is what
// tsx itself transpiles with; types are checked by `npm run typecheck`, not here.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.source-hash');
const ENTRIES = { main: 'src/main.ts', 'cli/main': 'src/cli/main.ts', 'prepare-embedded': 'src/prepare-embedded.ts' };

/** What the bundle is made from: every file in src/, the TypeScript settings and this script. */
function sourceHash() {
  const hash = createHash('sha256');
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .map((file) => join('src', file))
    .sort();
  for (const file of [...files, 'tsconfig.json', 'scripts/build.js']) {
    const path = join(ROOT, file);
    if (file.endsWith('.ts') || file.endsWith('.json') || file.endsWith('.js'))
      hash.update(`${file}\n`).update(readFileSync(path));
  }
  return hash.digest('hex');
}

/** A checkout without src/ (the Docker image) runs the dist/ it was given. */
export const hasSources = () => existsSync(join(ROOT, 'src', 'main.ts'));

/** Bundles again when src/ changed since the last bundle; quick (a hash of src/) when it did not. */
export async function ensureBuilt() {
  if (!hasSources()) return;
  const hash = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
  await build(hash);
}

/** Each file is written under a temporary name and renamed, so a process starting meanwhile never reads half a bundle. */
export async function build(hash = sourceHash()) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([out, source]) => [out, join(ROOT, source)])),
    outdir: DIST,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    write: false,
    logLevel: 'warning',
  });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  writeAtomically(STAMP, hash);
}

function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
