import type { OutboxKind } from './delivery.ts';

/**
 * Discreet mode: every message opens with a neutral line and an empty one, so a lock-screen preview
 * (its first one or two lines) names no one, no prison and no number. The line depends on the kind
 * only (locales/<lang>/discreet.ftl). A Record over every kind: a new kind does not compile without one.
 */
export const DISCREET_LEAD_KEY: Record<OutboxKind, string> = {
  // The same words as any alert: the preview must not tell grave news apart either.
  grave_alert: 'discreet-lead-alert',
  alert: 'discreet-lead-alert',
  correction: 'discreet-lead-correction',
  notice: 'discreet-lead-notice',
  digest: 'discreet-lead-digest',
  announcement: 'discreet-lead-announcement',
};

/** Room kept free in the first part of a split message for the lead (visible characters). */
export const DISCREET_LEAD_ROOM = 200;

/** The message as a discreet subscriber gets it: the lead, an empty line, then the message. */
export function withDiscreetLead(lead: string, html: string): string {
  return `${lead}\n\n${html}`;
}
