import type { Clock } from '../domain/clock.ts';
import type { Translate } from '../app/ports.ts';
import type { Db } from '../db/database.ts';
import type { Language } from '../domain/language.ts';
import type { ReleaseUseCases } from '../app/releases/release-deps.ts';
import type { SyncDeps } from '../app/sync/ports.ts';

/** What the desk's routes need, and what they hand each API handler. */
export interface DeskDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLanguage: Language;
  timezone: string;
  /** The bot token: initData is signed with a key made from it. */
  botToken: string;
  /** DESK_AUTH_MAX_AGE_MINUTES: how old an initData may be. */
  authMaxAgeMinutes: number;
  isAdmin: (userId: number) => Promise<boolean>;
  release: ReleaseUseCases;
  sync: SyncDeps;
}

/** Who is asking, once initData was checked and they are an admin; what every API handler gets. */
export interface DeskCaller {
  adminId: number;
  language: Language;
}

/** What an API call answers: the screen again as HTML, and a message for the admin when there is one. */
export interface DeskAnswer {
  status: number;
  html: string;
  message?: string;
}
