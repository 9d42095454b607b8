-- pg_trgm gives trigram similarity for names. PGlite loads it explicitly (src/db/client.ts);
-- on PostgreSQL 15 it ships with the server's contrib package.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
