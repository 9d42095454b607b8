/**
 * Deleted rows made unreadable in the database's files too, not only in its tables (see
 * src/db/disk-erasure.ts for how, per backend, and docs/security.md, "Erasure").
 */
export interface DiskErasure {
  /** `at_once`: right after each erasure (embedded database); `nightly`: by the daily retention job (PostgreSQL). */
  readonly timing: 'at_once' | 'nightly';
  /** After a chat was erased (/forget, or a chat gone for 30 days). */
  afterChatErased(): Promise<void>;
  /** Once a day, after the retention job deleted old records. */
  daily(): Promise<void>;
}
