import { Composer, InputFile } from 'grammy';
import type { Clock } from '../../domain/clock.ts';
import { chartForReply, rememberChartUpload } from '../../app/digests/held-chart.ts';
import type { Translate } from '../../app/ports.ts';
import type { Db } from '../../db/database.ts';
import type { BotContext } from '../context.ts';

/**
 * /stats in a private chat: today's chart of the number held (the same picture the digests carry
 * that day) with today's figures as its caption. Uploaded once, then sent by Telegram's file id.
 */
export function statsFeature(deps: {
  db: Db;
  clock: Clock;
  translate: Translate;
  chartTimeZone: string;
}): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('stats', async (ctx) => {
    await ctx.replyWithChatAction('upload_photo');
    const chart = await chartForReply(deps, ctx.subscriber.language, deps.clock.now());
    const photo =
      'fileId' in chart.photo ? chart.photo.fileId : new InputFile(chart.photo.png, `chart-${chart.imageId}.png`);
    const sent = await ctx.replyWithPhoto(photo, { caption: chart.caption });
    const fileId = sent.photo.at(-1)?.file_id;
    if ('png' in chart.photo && fileId) await rememberChartUpload(deps.db, chart.imageId, fileId);
  });
  return composer;
}
