import { describe, expect, it } from 'vitest';
import { renderAlert } from '../../src/app/status-changes/alert-renderer.ts';
import { createI18n, translatorFrom } from '../../src/bot/i18n.ts';
import type { AlertPerson } from '../../src/domain/alert-message.ts';
import type { ChangeEvent } from '../../src/domain/change-event.ts';
import type { Language } from '../../src/domain/language.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';

const deps = { translate: translatorFrom(createI18n('be')), botUsername: 'vestka_test_bot' };
const person: AlertPerson = {
  id: 42,
  nameBe: 'Мікалай Статкевіч',
  nameRu: 'Николай Статкевич',
  nameEn: 'Mikalai Statkevich',
  gender: 'm',
  status: 'imprisoned',
  statusSince: '2025-10-01',
  facilityName: 'Тюрьма №4 <Могилёв>',
  facilityAddress: 'ул. Крупской, 99а, 212011 Могилёв',
  sentenceYears: 14,
  sentenceMonths: 0,
  expelledTo: null,
  sourceUrl: 'https://prisoners.spring96.org/en/person/mikalai-statkevich?a=1&b="2"',
};
const event = (over: Partial<ChangeEvent>): ChangeEvent => ({
  kind: 'transferred',
  fromStatus: 'imprisoned',
  toStatus: 'imprisoned',
  occurredOn: null,
  details: {},
  ...over,
});

function render(e: ChangeEvent, language: Language, p: AlertPerson = person) {
  const html = renderAlert(deps, { event: e, person: p, subscriber: { language } });
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`${parsed.error}: ${html}`);
  return { html, text: parsed.text };
}

describe('alerts', () => {
  it("a transfer names the person in the subscriber's language first, the new place with its postal address, and links", () => {
    const { html, text } = render(
      event({
        details: {
          facility: {
            from: { name: 'ИК-13 Глубокое', address: null },
            to: { name: person.facilityName, address: person.facilityAddress },
          },
        },
      }),
      'en',
    );
    expect(text.split('\n')[0]).toBe(
      'Mikalai Statkevich (Мікалай Статкевіч) has been moved to another place of detention.',
    );
    expect(text).toContain('Previously held at: ИК-13 Глубокое');
    expect(text).toContain('Held at: Тюрьма №4 <Могилёв>');
    expect(text).toContain('Address for letters: ул. Крупской, 99а, 212011 Могилёв');
    expect(html).toContain('Тюрьма №4 &lt;Могилёв&gt;');
    expect(html).toContain('<a href="https://t.me/vestka_test_bot?start=f_42">');
    expect(html).toContain(
      'href="https://prisoners.spring96.org/en/person/mikalai-statkevich?a=1&amp;b=&quot;2&quot;"',
    );
  });

  it('a person with a registered namesake is named with what tells them apart, escaped', () => {
    const html = renderAlert(deps, {
      event: event({}),
      person: { ...person, nameEn: 'Mikalai <Statkevich>' },
      subscriber: { language: 'en' },
      namesake: { by: 'region', region: 'Homiel & <Mazyr>' },
    });
    const parsed = parseTelegramHtml(html);
    expect(parsed.ok).toBe(true);
    expect(html.split('\n')[0]).toBe(
      '<b>Mikalai &lt;Statkevich&gt; (Мікалай Статкевіч), Homiel &amp; &lt;Mazyr&gt;</b> has been moved to another place of detention.',
    );
    const ru = renderAlert(deps, {
      event: event({ kind: 'released', toStatus: 'released' }),
      person,
      subscriber: { language: 'ru' },
      namesake: { by: 'born', year: 1956 },
    });
    expect(ru.split('\n')[0]).toBe('<b>Николай Статкевич (Mikalai Statkevich), 1956 г. р.</b> освобождён.');
  });

  it('a release says only that the person was released, never that the term ended', () => {
    const released = event({ kind: 'released', toStatus: 'released', occurredOn: '2026-12-04' });
    const freed = { ...person, status: 'released' as const, sentenceYears: 15 };
    expect(render(released, 'en', freed).text.split('\n')[0]).toBe(
      'Mikalai Statkevich (Мікалай Статкевіч) has been released.',
    );
    for (const language of ['be', 'ru', 'en'] as const) {
      expect(render(released, language, freed).text).not.toMatch(
        /end of (the )?term|окончании срока|сканчэнні тэрміну|отбыл|адбыў/,
      );
    }
  });

  it('words the sentence with the right plural in each language', () => {
    const sentenced = event({
      kind: 'sentenced',
      fromStatus: 'detained',
      occurredOn: '2025-02-01',
      details: { sentence: { from: null, to: { years: 3, months: 6 } } },
    });
    expect(render(sentenced, 'ru').text).toContain('Срок: 3 года 6 месяцев');
    expect(render(sentenced, 'be').text).toContain('Тэрмін: 3 гады 6 месяцаў');
    expect(render(sentenced, 'en').text).toContain('Sentence: 3 years 6 months');
    const changed = event({
      kind: 'sentence_changed',
      details: { sentence: { from: { years: 14, months: 0 }, to: { years: 15, months: 1 } }, articlesAdded: ['411'] },
    });
    expect(render(changed, 'ru').text).toMatch(
      /Срок: 15 лет 1 месяц\nПрежний срок: 14 лет\nНовые обвинения \(статьи\): 411/,
    );
  });

  it("uses the person's gender in Belarusian and Russian", () => {
    expect(render(event({ kind: 'released', toStatus: 'released' }), 'ru').text.split('\n')[0]).toBe(
      'Николай Статкевич (Mikalai Statkevich) освобождён.',
    );
    expect(
      render(event({ kind: 'released', toStatus: 'released' }), 'be', { ...person, gender: 'f' }).text.split('\n')[0],
    ).toBe('Мікалай Статкевіч (Mikalai Statkevich) вызваленая.');
  });

  it('names the country of an expulsion and leaves out the prison of a freed person', () => {
    const { text } = render(
      event({ kind: 'expelled', toStatus: 'expelled', occurredOn: '2025-09-11', details: { country: 'LT' } }),
      'be',
    );
    expect(text).toContain('краіна: Літва');
    expect(text).toContain('Статус: вызваленне з вывазам з Беларусі (з 11.09.2025)');
    expect(text).not.toContain('Месца ўтрымання');
  });

  it.each(['be', 'ru', 'en'] as const)('renders every kind of event in %s as valid Telegram HTML', (language) => {
    for (const kind of [
      'newly_listed',
      'detained',
      'sentenced',
      'sentence_changed',
      'transferred',
      'released',
      'pardoned',
      'expelled',
      'returned_to_custody',
      'whereabouts_unknown',
      'contact_restored',
      'died_in_custody',
    ] as const) {
      const { text } = render(
        event({ kind, details: kind === 'returned_to_custody' ? { contactRestored: true } : {} }),
        language,
      );
      expect(text).not.toMatch(/\{|\}|alert-|status-/);
    }
  });
});
