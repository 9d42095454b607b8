import { buildAlertMessage, type AlertPerson, type AlertSubscriber } from '../../domain/alert-message.ts';
import type { MessageLine } from '../../domain/message-value.ts';
import type { MessageValue } from '../../domain/message-value.ts';
import type { ChangeEvent } from '../../domain/change-event.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import type { NamesakeTag } from '../../domain/namesakes.ts';
import type { Translate } from '../ports.ts';
import { countryName } from '../../domain/country-name.ts';

export interface AlertRendererDeps {
  translate: Translate;
  /** For the deep link to the person's card: https://t.me/<bot>?start=f_<id>. */
  botUsername: string;
}

export interface AlertInput {
  event: ChangeEvent;
  person: AlertPerson;
  subscriber: AlertSubscriber;
  /** Set by batch releases: the batch's title, shown under the headline, and the published list's link. */
  batchTitle?: MessageValue;
  batchSourceUrl?: string;
  /** What tells the person apart from a registered namesake (app/names/namesakes.ts). */
  namesake?: NamesakeTag;
}

/** One alert for one subscriber, as Telegram HTML: every piece of data escaped, the words from alerts.ftl. */
export function renderAlert(deps: AlertRendererDeps, input: AlertInput): string {
  const message = buildAlertMessage(input.event, input.person, input.subscriber, {
    botUsername: deps.botUsername,
    batchTitle: input.batchTitle,
    batchSourceUrl: input.batchSourceUrl,
    namesake: input.namesake,
  });
  const language = input.subscriber.language;
  const line = (l: MessageLine) => deps.translate(language, l.key, resolve(deps.translate, language, l.vars));
  return [line(message.headline), '', ...message.lines.map(line)].join('\n');
}

function resolve(
  translate: Translate,
  language: Language,
  vars: Record<string, MessageValue>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(vars)) {
    if (typeof value === 'number') out[name] = value;
    else if (typeof value === 'string') out[name] = escapeHtml(value);
    else if ('country' in value) out[name] = escapeHtml(countryName(value.country, language));
    // A nested message may carry data too (a namesake's name, region): escaped like any other.
    else out[name] = translate(language, value.key, value.vars && resolve(translate, language, value.vars));
  }
  return out;
}
