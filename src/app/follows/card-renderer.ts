import type { MessageLine } from '../../domain/message-value.ts';
import type { MessageValue } from '../../domain/message-value.ts';
import type { Choice } from '../../domain/candidate-choices.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import type { PrisonerCard } from '../../domain/prisoner-card.ts';
import type { Translate } from '../ports.ts';
import { countryName } from '../../domain/country-name.ts';

/** A prisoner card as Telegram HTML: the name in bold, other spellings in italics, then the facts. */
export function renderCard(t: Translate, language: Language, card: PrisonerCard): string {
  const head = [`<b>${escapeHtml(card.name)}</b>`];
  if (card.otherNames.length > 0) head.push(`<i>${card.otherNames.map(escapeHtml).join(' · ')}</i>`);
  return [...head, '', ...card.lines.map((line) => renderLine(t, language, line))].join('\n');
}

/** "1. <b>Name</b> — 1962, Minsk, imprisoned": one line per person a name may mean. */
export function renderChoice(t: Translate, language: Language, choice: Choice, position: number): string {
  const facts = choice.facts.map((f) => value(t, language, f)).join(', ');
  return `${position}. <b>${escapeHtml(choice.name)}</b>${facts ? ` — ${facts}` : ''}`;
}

/** A button's label (plain text, not HTML): the number and name, and the first fact that tells them apart. */
export function choiceLabel(t: Translate, language: Language, choice: Choice, position: number): string {
  const first = choice.facts[0];
  const label = `${position}. ${choice.name}${first !== undefined ? `, ${plain(t, language, first)}` : ''}`;
  return label.length > 60 ? `${label.slice(0, 59)}…` : label;
}

export function renderLine(t: Translate, language: Language, line: MessageLine): string {
  const vars: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(line.vars)) vars[name] = typeof v === 'number' ? v : value(t, language, v);
  return t(language, line.key, vars);
}

/** A value inside HTML: data escaped, message keys rendered (their text is ours). */
function value(t: Translate, language: Language, v: MessageValue): string {
  if (typeof v === 'object' && 'key' in v) return t(language, v.key, v.vars);
  return escapeHtml(plain(t, language, v));
}

/** A value as plain text, for button labels. */
function plain(t: Translate, language: Language, v: MessageValue): string {
  if (typeof v === 'number' || typeof v === 'string') return String(v);
  if ('country' in v) return countryName(v.country, language);
  return t(language, v.key, v.vars);
}
