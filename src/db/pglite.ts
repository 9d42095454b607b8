import { setFlagsFromString } from 'node:v8';
import type { PGlite } from '@electric-sql/pglite';

/**
 * PostgreSQL's default 128 MB of shared buffers are all written when PGlite starts, so they stay
 * resident (about 100 MB more RSS) and cost time at every start. One bot's
 * register, follows and queue fit in 32 MB; what does not is read from files the system caches.
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

/**
 * V8 runs PGlite's WebAssembly through a quick baseline compiler (Liftoff) and compiles again, optimised
 * (TurboFan), each function that has run "enough"; by default enough is little, and a start optimises
 * hundreds of functions it runs only then. With a budget a hundred times larger a start used 40 % less
 * CPU on 2 busy cores, and a 100,000-row insert and group-by afterwards were no slower: what stays hot
 * is still optimised (docs/startup.md). It applies to every WebAssembly module, and PGlite is the only one.
 */
const WASM_TIERING_BUDGET = 180_000_000;

export async function createPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  // Loaded when used, like every driver (src/db/drivers.ts).
  const [{ PGlite }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  return PGlite.create({
    dataDir,
    loadDataDir,
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
}
