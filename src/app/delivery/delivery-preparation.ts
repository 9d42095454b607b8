import type { ClaimedRow } from '../../db/queries/outbox-claims.ts';
import { isPersonalNews, waitsForQuietHours } from '../../domain/delivery.ts';
import { DISCREET_LEAD_ROOM, withDiscreetLead } from '../../domain/discreet-lead.ts';
import { splitMessage, TELEGRAM_TEXT_LIMIT } from '../../domain/message-splitter.ts';
import { inQuietHours, nextAllowedInstant, type QuietHours } from '../../domain/quiet-hours.ts';

/** A claimed row on its way out: its parts, how many of them are delivered, and how they are sent. */
export interface Delivery {
  row: ClaimedRow;
  parts: string[];
  partsSent: number;
  paid: boolean;
  /** disable_notification: an alert in the subscriber's quiet hours. */
  silent: boolean;
  /** protect_content: the subscriber asked that alerts cannot be forwarded or saved. */
  protect: boolean;
}

export type Preparation =
  | { kind: 'ready'; delivery: Delivery }
  | { kind: 'invalid_zone'; delivery: Delivery }
  | { kind: 'deferred'; until: Date };

/**
 * Decides what to do with a freshly claimed row, by its kind and its subscriber's settings: hold it for
 * the quiet hours (digests, notices, announcements), or send it now, silently in quiet hours (news
 * about a person; a grave alert rings if the subscriber asked for that), protected if asked, opening
 * with the discreet lead (`lead`, already in the subscriber's language) if the subscriber is discreet. Long
 * text is split into parts Telegram accepts, always leaving room for a lead in the first part, so a
 * retry resumes after the parts already delivered even if the subscriber changed the setting meanwhile.
 */
export function prepareClaim(row: ClaimedRow, now: Date, paidBroadcast: boolean, lead?: string): Preparation {
  let zoneProblem = false;
  let quietNow = false;
  const quiet: QuietHours | null =
    row.quietFrom !== null && row.quietTo !== null && row.timezone
      ? { from: row.quietFrom, to: row.quietTo, timeZone: row.timezone }
      : null;
  if (quiet) {
    try {
      if (waitsForQuietHours(row.kind)) {
        const allowed = nextAllowedInstant(now, quiet);
        if (allowed.getTime() > now.getTime()) return { kind: 'deferred', until: allowed };
      } else {
        quietNow = inQuietHours(now, quiet);
      }
    } catch {
      // An unknown zone must not hold messages forever: send, and say so in the log.
      zoneProblem = true;
    }
  }
  const personal = isPersonalNews(row.kind);
  // A photo's caption is short and one piece (a chart's caption is one line): never split.
  const parts =
    row.chartImageId === null ? splitMessage(row.text, TELEGRAM_TEXT_LIMIT - DISCREET_LEAD_ROOM) : [row.text];
  if (lead !== undefined) parts[0] = withDiscreetLead(lead, parts[0]!);
  const delivery: Delivery = {
    row,
    parts,
    partsSent: Math.min(row.partsSent, parts.length - 1),
    paid: paidBroadcast || row.allowPaidBroadcast,
    silent: personal && quietNow && !(row.kind === 'grave_alert' && row.wakeForGrave),
    protect: personal && row.protectContent,
  };
  return { kind: zoneProblem ? 'invalid_zone' : 'ready', delivery };
}
