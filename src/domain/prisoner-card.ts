import type { MessageLine } from './message-value.ts';
import type { MessageValue } from './message-value.ts';
import { EVENT_KINDS, isAnnounced } from './change-event.ts';
import type { Language } from './language.ts';
import { displayDate } from './local-date.ts';
import { isFreed, isInCustody, type PrisonerStatus } from './status.ts';

/** A person's record as a card shows it; dates are YYYY-MM-DD (instants already made local dates). */
export interface CardRecord {
  id: number;
  nameBe: string | null;
  nameRu: string | null;
  nameEn: string | null;
  aliases: readonly string[];
  birthYear: number | null;
  birthDate: string | null;
  region: string | null;
  status: PrisonerStatus;
  statusSince: string | null;
  expelledTo: string | null;
  recognizedAt: string | null;
  detainedAt: string | null;
  facilityName: string | null;
  facilityAddress: string | null;
  articles: readonly string[];
  sentenceYears: number | null;
  sentenceMonths: number | null;
  penalty: string | null;
  sourceUrl: string | null;
  /** The day the source stopped listing the person, if it did. */
  missingSince: string | null;
}

/** The latest change recorded in the person's history. */
export interface CardChange {
  kind: string;
  date: string;
}

/**
 * A card before it is put into words: the name in the subscriber's language first, other spellings
 * below, then one line per known fact (message keys in locales/<lang>/card.ftl, data escaped when
 * rendered). Neutral wording only: the keys carry no adjectives.
 */
export interface PrisonerCard {
  id: number;
  name: string;
  otherNames: string[];
  lines: MessageLine[];
}

/** Facts longer than this are cut: a card must stay far below Telegram's 4,096 characters. */
const MAX_FACT = 300;
const MAX_OTHER_NAMES = 4;

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Kinds a card can name (change-<kind> in card.ftl); anything else recorded is not shown as a change. */
const SHOWN_CHANGES: ReadonlySet<string> = new Set(EVENT_KINDS.filter(isAnnounced));

/** Every spelling of the person, the subscriber's own language first. */
export function namesInOrder(
  record: Pick<CardRecord, 'nameBe' | 'nameRu' | 'nameEn' | 'aliases'>,
  language: Language,
): string[] {
  const latinAliases = record.aliases.filter((a) => !CYRILLIC.test(a));
  const order =
    language === 'be'
      ? [record.nameBe, record.nameRu, record.nameEn]
      : language === 'ru'
        ? [record.nameRu, record.nameBe, record.nameEn]
        : // An English subscriber is better served by any Latin spelling than by Cyrillic.
          [record.nameEn, ...latinAliases, record.nameBe, record.nameRu];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of [...order, ...record.aliases]) {
    const clean = name?.trim();
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(cut(clean));
  }
  return out.length > 0 ? out : ['?'];
}

export function buildPrisonerCard(
  record: CardRecord,
  lastChange: CardChange | undefined,
  options: { language: Language; asOf: string },
): PrisonerCard {
  const [name, ...others] = namesInOrder(record, options.language);
  const lines: MessageLine[] = [];
  const add = (key: string, vars: Record<string, MessageValue | null | undefined> = {}) => {
    if (Object.values(vars).some((v) => v === undefined || v === null || v === '')) return;
    lines.push({ key, vars: vars as Record<string, MessageValue> });
  };
  const born = record.birthYear ?? (record.birthDate ? Number(record.birthDate.slice(0, 4)) : null);
  add('card-born', { year: born === null ? null : String(born) });
  add('card-region', { region: text(record.region) });
  const status = { key: `status-${record.status}` };
  if (record.statusSince) add('card-status-since', { status, date: displayDate(record.statusSince) });
  else add('card-status', { status });
  if (record.status === 'expelled' && record.expelledTo)
    add('card-expelled-to', { country: { country: record.expelledTo } });
  if (showsFacility(record.status)) {
    add('card-facility', { facility: text(record.facilityName) });
  }
  add('card-detained', { date: record.detainedAt ? displayDate(record.detainedAt) : null });
  if (record.sentenceYears !== null || record.sentenceMonths !== null) {
    add('card-sentence', {
      term: { key: 'alert-term', vars: { years: record.sentenceYears ?? 0, months: record.sentenceMonths ?? 0 } },
    });
  }
  add('card-penalty', { penalty: text(record.penalty) });
  if (record.articles.length > 0) add('card-articles', { articles: cut(record.articles.join(', ')) });
  add('card-recognized', { date: record.recognizedAt ? displayDate(record.recognizedAt) : null });
  if (lastChange && SHOWN_CHANGES.has(lastChange.kind))
    add('card-last-change', { change: { key: `change-${lastChange.kind}` }, date: displayDate(lastChange.date) });
  add('card-missing', { date: record.missingSince ? displayDate(record.missingSince) : null });
  // Last before the source: what a letter-writer needs, under its own heading, when the place's address is known.
  const address = showsFacility(record.status) ? text(record.facilityAddress) : null;
  if (address) {
    add('card-letter-heading');
    add('card-address', { address });
    add('card-letter-how');
  }
  const url = record.sourceUrl && /^https?:\/\//.test(record.sourceUrl) ? record.sourceUrl : null;
  if (url) add('card-source-as-of', { url, date: displayDate(options.asOf) });
  else add('card-as-of', { date: displayDate(options.asOf) });
  return { id: record.id, name: name!, otherNames: others.slice(0, MAX_OTHER_NAMES), lines };
}

/** A place of detention is news only while the person is held and it is known where. */
function showsFacility(status: PrisonerStatus): boolean {
  return isInCustody(status) && status !== 'whereabouts_unknown' && !isFreed(status);
}

function text(value: string | null): string | null {
  const clean = value?.trim();
  return clean ? cut(clean) : null;
}

function cut(value: string): string {
  return value.length > MAX_FACT ? `${value.slice(0, MAX_FACT - 1)}…` : value;
}
