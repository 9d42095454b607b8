import { Composer, InlineKeyboard, InlineQueryResultBuilder } from 'grammy';
import { renderCard, renderLine } from '../../app/follows/card-renderer.ts';
import { cardOf, searchPeople, type PersonView } from '../../app/follows/prisoner-cards.ts';
import { findSubscriber } from '../../app/subscribers/subscribers.ts';
import type { Language } from '../../domain/language.ts';
import type { BotContext } from '../context.ts';
import type { FollowFeatureDeps } from './follow-view.ts';

/**
 * Results are rendered in the asker's language, so Telegram must not hand one user's cached answer
 * to another (`is_personal: true`); they hold no follow state and nothing about the asker.
 */
const ANSWER = { cache_time: 60, is_personal: true } as const;

/**
 * `@<bot> <name>` in any chat: matching cards as articles, each with a deep link
 * (https://t.me/<bot>?start=f_<id>) that opens the bot on the card with a Follow button. Activists
 * post these cards and links; whoever taps one starts in their own private chat with the bot.
 */
export function inlineSearchFeature(deps: FollowFeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on('inline_query', async (ctx) => {
    // Inline queries come without a chat; the user's private chat with the bot has their id.
    const stored = await findSubscriber(deps.db, ctx.from.id);
    if (stored) {
      ctx.subscriber.language = stored.language;
      await ctx.i18n.renegotiateLocale();
    }
    const language = ctx.subscriber.language;
    const query = ctx.inlineQuery.query;
    if (query.trim() === '')
      return void (await ctx.answerInlineQuery([], {
        ...ANSWER,
        button: { text: ctx.t('inline-hint'), start_parameter: 'search' },
      }));

    const result = await searchPeople({ db: deps.db, search: deps.search }, query, stored?.timezone ?? deps.timezone);
    if (result.outcome === 'invalid')
      return void (await ctx.answerInlineQuery([], {
        ...ANSWER,
        button: { text: ctx.t('inline-invalid'), start_parameter: 'search' },
      }));
    if (result.outcome === 'none')
      return void (await ctx.answerInlineQuery([], {
        ...ANSWER,
        button: { text: ctx.t('inline-none'), start_parameter: 'search' },
      }));
    const people = result.outcome === 'match' ? [result.person] : result.people;
    await ctx.answerInlineQuery(
      people.map((person) => article(ctx, deps, person, language)),
      ANSWER,
    );
  });

  return composer;
}

function article(ctx: BotContext, deps: FollowFeatureDeps, person: PersonView, language: Language) {
  const card = cardOf(person, language);
  const link = `https://t.me/${ctx.me.username}?start=f_${person.record.id}`;
  const status = card.lines.find((l) => l.key === 'card-status-since' || l.key === 'card-status');
  const born = card.lines.find((l) => l.key === 'card-born');
  const description = [born, status]
    .filter((l) => l !== undefined)
    .map((l) => stripTags(renderLine(deps.t, language, l)))
    .join(' · ');
  return InlineQueryResultBuilder.article(`p${person.record.id}`, card.name, {
    description,
    reply_markup: new InlineKeyboard().url(ctx.t('card-follow-in-vestka'), link),
  }).text(renderCard(deps.t, language, card), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
}

/** The description under a result is plain text: rendered lines lose their tags and entities. */
function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
