/**
 * The database drivers are imported when a database is opened, not with the program: a start on one
 * backend does not load and compile the other's (PGlite's JavaScript alone is 400 kB; drizzle's
 * driver modules pull in their client). The embedded side is loaded in pglite.ts and where a PGlite
 * is wrapped; the PostgreSQL side here.
 */
export async function postgresDriver() {
  const [{ default: postgres }, { drizzle }] = await Promise.all([
    import('postgres'),
    import('drizzle-orm/postgres-js'),
  ]);
  return { postgres, drizzle };
}
