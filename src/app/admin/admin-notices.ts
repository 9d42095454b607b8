import type { Db } from '../../db/database.ts';
import { enqueueOutbox } from '../../db/queries/outbox.ts';
import { findSubscribersByChatIds } from '../../db/queries/subscribers.ts';
import type { Language } from '../../domain/language.ts';
import { allAdminIds } from './admins.ts';
import type { Translate } from '../ports.ts';

export interface AdminNoticeDeps {
  adminIds: readonly number[];
  translate: Translate;
  defaultLanguage: Language;
  /** DESK_URL: a notice about a held run gets the desk's "Review in the app" button. */
  deskUrl?: string;
}

export interface AdminNotice {
  /** Unique per logical notice; each admin's copy gets `:<adminId>` appended. */
  dedupKey: string;
  /** Admins not to send it to (the one whose action caused it, when they need not be told). */
  exclude?: readonly number[];
  /** HTML in the admin's language; escape all data in it. */
  render: (language: Language, translate: Translate) => string;
  /** The held sync run the notice is about: with DESK_URL, a button opens it in the admin desk. */
  heldRun?: number;
}

/**
 * Queues a notice to every admin (configured and added ones, but `exclude`), in the language they chose if they
 * ever did, else the default. Call it inside the transaction that decided it. Admins who blocked the
 * bot get nothing queued. Returns how many copies were new.
 */
export async function enqueueAdminNotice(db: Db, deps: AdminNoticeDeps, notice: AdminNotice): Promise<number> {
  const ids = (await allAdminIds(db, deps.adminIds)).filter((id) => !notice.exclude?.includes(id));
  if (ids.length === 0) return 0;
  const stored = new Map((await findSubscribersByChatIds(db, ids)).map((s) => [s.chatId, s]));
  const messages = ids
    .filter((id) => stored.get(id)?.active !== false)
    .map((id) => {
      const subscriber = stored.get(id);
      const language = subscriber?.language ?? deps.defaultLanguage;
      return {
        chatId: id,
        subscriberId: subscriber?.id ?? null,
        kind: 'notice' as const,
        dedupKey: `${notice.dedupKey}:${id}`,
        text: notice.render(language, deps.translate),
        replyMarkup: deskButton(deps, notice, language),
      };
    });
  return enqueueOutbox(db, messages);
}

/** A web_app button (admins' private chats take them) to the held run's screen in the desk. */
function deskButton(deps: AdminNoticeDeps, notice: AdminNotice, language: Language): unknown {
  if (!deps.deskUrl || notice.heldRun === undefined) return undefined;
  const run = String(notice.heldRun);
  const text = deps.translate(language, 'desk-open-run', { run });
  return { inline_keyboard: [[{ text, web_app: { url: `${deps.deskUrl}/sync/${run}` } }]] };
}
