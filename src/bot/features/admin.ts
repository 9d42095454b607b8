import { Composer } from 'grammy';
import { addAdmin, latestAdminActions, type AdminManagementDeps } from '../../app/admin-management.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { BotContext } from '../context.ts';

const HTML = { parse_mode: 'HTML' } as const;

/**
 * /admin_add <user id> and /audit, admins only (others get the unknown-command answer). The audit
 * shows actions and ids, never who follows whom.
 */
export function adminFeature(deps: AdminManagementDeps & { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admin = composer.chatType('private').filter((ctx) => ctx.reader.isAdmin);

  admin.command('admin_add', async (ctx) => {
    const id = /^\s*(\d{1,15})\s*$/.exec(ctx.match)?.[1];
    if (!id) return void (await ctx.reply(ctx.t('admin-add-usage'), HTML));
    const outcome = await addAdmin(deps, ctx.from.id, Number(id));
    await ctx.reply(ctx.t(outcome === 'added' ? 'admin-added' : 'admin-already', { user: id }), HTML);
  });

  admin.command('audit', async (ctx) => {
    const rows = await latestAdminActions(deps.db);
    if (rows.length === 0) return void (await ctx.reply(ctx.t('audit-empty'), HTML));
    const format = new Intl.DateTimeFormat('en-GB', { timeZone: deps.timezone, dateStyle: 'short', timeStyle: 'short' });
    const lines = rows.map((r) => `${format.format(r.at)} · <code>${r.adminId}</code> · ${escapeHtml(r.action)} ${escapeHtml(summary(r.details))}`);
    await ctx.reply([ctx.t('audit-title', { count: rows.length }), '', ...lines].join('\n'), HTML);
  });
  return composer;
}

function summary(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ')
    .slice(0, 200);
}
