import type { ChangeEvent } from './change-event.ts';
import type { Language } from './language.ts';
import { nameMention, type NamesakeTag } from './namesakes.ts';
import type { StoredRecord } from './source-record.ts';
import { isInCustody, type PrisonerStatus } from './status.ts';
import type { MessageLine, MessageValue } from './message-value.ts';

/** A discreet subscriber's neutral first line is added when the message is sent (src/domain/discreet-lead.ts). */
export interface AlertMessage {
  headline: MessageLine;
  lines: MessageLine[];
}

export type AlertPerson = Pick<
  StoredRecord,
  | 'id'
  | 'nameBe'
  | 'nameRu'
  | 'nameEn'
  | 'gender'
  | 'status'
  | 'statusSince'
  | 'facilityName'
  | 'facilityAddress'
  | 'sentenceYears'
  | 'sentenceMonths'
  | 'expelledTo'
  | 'sourceUrl'
>;

export interface AlertSubscriber {
  language: Language;
}

export interface AlertOptions {
  botUsername: string;
  /** A release batch's title, when the alert is part of one: in the subscriber's language, or quoted (batch-title.ts). */
  batchTitle?: MessageValue;
  /** The published list a release batch came from: the first link, before the person's own page. */
  batchSourceUrl?: string;
  /** What tells the person apart from a registered namesake (domain/namesakes.ts), if they have one. */
  namesake?: NamesakeTag;
}

/** The subscriber's own spelling first, then one in the other script, so the person is recognisable. */
export function displayName(
  person: Pick<AlertPerson, 'nameBe' | 'nameRu' | 'nameEn'>,
  language: Language,
): { name: string; other?: string } {
  const order =
    language === 'be'
      ? [person.nameBe, person.nameRu, person.nameEn]
      : language === 'ru'
        ? [person.nameRu, person.nameBe, person.nameEn]
        : [person.nameEn, person.nameBe, person.nameRu];
  const names = order.filter((n): n is string => !!n);
  const name = names[0] ?? '?';
  const latin = (s: string) => !/\p{Script=Cyrillic}/u.test(s);
  const other = names.slice(1).find((n) => latin(n) !== latin(name));
  return other ? { name, other } : { name };
}

function term(years: number | null, months: number | null): MessageValue | undefined {
  if (years === null) return undefined;
  return { key: 'alert-term', vars: { years, months: months ?? 0 } };
}

function date(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** Builds one alert for one subscriber: headline, the facts that matter for this event, links. */
export function buildAlertMessage(
  event: ChangeEvent,
  person: AlertPerson,
  subscriber: AlertSubscriber,
  options: AlertOptions,
): AlertMessage {
  const { name, other } = displayName(person, subscriber.language);
  const gender = person.gender ?? 'other';
  const d = event.details;
  const headlineVars: Record<string, MessageValue> = {
    name: nameMention(other ? `${name} (${other})` : name, options.namesake),
    gender,
  };
  let headlineKey = `alert-${event.kind}`;
  if (event.kind === 'expelled') {
    const country = d.country ?? person.expelledTo;
    if (country) headlineVars.country = { country };
    else headlineKey = 'alert-expelled-somewhere';
  }
  const lines: MessageLine[] = [];
  const add = (key: string, vars: Record<string, MessageValue | undefined>) => {
    if (Object.values(vars).some((v) => v === undefined || v === '')) return;
    lines.push({ key, vars: vars as Record<string, MessageValue> });
  };
  if (options.batchTitle) add('alert-batch', { title: options.batchTitle });
  if (d.contactRestored) add('alert-contact-restored', {});
  const status: PrisonerStatus = event.toStatus ?? person.status;
  const since = date(event.occurredOn ?? person.statusSince);
  if (since) add('alert-status-since', { status: { key: `status-${status}` }, date: since });
  else add('alert-status', { status: { key: `status-${status}` } });
  if (d.sentence) {
    add('alert-sentence', { term: term(d.sentence.to.years, d.sentence.to.months) });
    if (d.sentence.from) add('alert-sentence-before', { term: term(d.sentence.from.years, d.sentence.from.months) });
  } else if (event.kind === 'newly_listed' || event.kind === 'sentenced') {
    add('alert-sentence', { term: term(person.sentenceYears, person.sentenceMonths) });
  }
  if (d.penalty) add('alert-penalty', { penalty: d.penalty });
  if (d.articlesAdded?.length) add('alert-articles-added', { articles: d.articlesAdded.join(', ') });
  if (isInCustody(status) && status !== 'whereabouts_unknown') {
    if (event.kind === 'transferred' && d.facility?.from?.name)
      add('alert-facility-from', { facility: d.facility.from.name });
    add('alert-facility', { facility: person.facilityName ?? undefined });
    add('alert-address', { address: person.facilityAddress ?? undefined });
  }
  const list =
    options.batchSourceUrl && /^https?:\/\//.test(options.batchSourceUrl) ? options.batchSourceUrl : undefined;
  if (list) add('alert-batch-source', { url: list });
  if (person.sourceUrl && /^https?:\/\//.test(person.sourceUrl) && person.sourceUrl !== list)
    add(list ? 'alert-person-source' : 'alert-source', { url: person.sourceUrl });
  add('alert-card', { url: `https://t.me/${options.botUsername}?start=f_${person.id}` });
  return { headline: { key: headlineKey, vars: headlineVars }, lines };
}
