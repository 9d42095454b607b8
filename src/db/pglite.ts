import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * PostgreSQL's default 128 MB of shared buffers are all written when PGlite starts, so they stay
 * resident (about 110 MB more RSS) and take a second of WebAssembly at every start. One bot's
 * register, follows and queue fit in 32 MB; what does not is read from files the system caches.
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

export function createPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({
    dataDir, loadDataDir, extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
}
