import { Composer } from 'grammy';
import {
  addAdmin,
  approveAdmin,
  latestAdminActions,
  listAdmins,
  removeAdmin,
  type AdminManagementDeps,
} from '../../app/admin/admin-management.ts';
import { adminLanguages } from '../../app/admin/admins.ts';
import { nameFeedbackForAudit } from '../../app/names/name-feedback.ts';
import { publishAdminMenu, withdrawAdminMenu } from '../commands-menu.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { BotContext } from '../context.ts';

const HTML = { parse_mode: 'HTML' } as const;

/**
 * /admins, /admin_add, /admin_approve, /admin_remove <user id> and /audit, admins only (others get
 * the unknown-command answer). The audit shows actions and ids, never who follows whom.
 */
export function adminFeature(deps: AdminManagementDeps & { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admin = composer.chatType('private').filter((ctx) => ctx.subscriber.isAdmin);

  // User ids go to Fluent as text: as numbers they would be grouped ("4,242").
  const withUser = (command: string, act: (ctx: BotContext, by: number, user: string) => Promise<string>) =>
    admin.command(command, async (ctx) => {
      const user = /^\s*(\d{1,15})\s*$/.exec(ctx.match)?.[1];
      if (!user) return void (await ctx.reply(ctx.t(`${command.replace('_', '-')}-usage`), HTML));
      await ctx.reply(await act(ctx, ctx.from.id, user), HTML);
    });

  // A new admin's Telegram menu gains the admin commands; a removed one's loses them. The menu is a
  // convenience (/help lists the commands too): a failure here must not turn a done change into an error.
  const grantMenu = async (ctx: BotContext, user: number) => {
    const language = (await adminLanguages(deps.db, [user], deps.defaultLanguage)).get(user)!;
    await publishAdminMenu(ctx.api, deps.translate, user, language).catch(() => false);
  };

  withUser('admin_add', async (ctx, by, user) => {
    const added = await addAdmin(deps, by, Number(user));
    if (added.outcome === 'added') await grantMenu(ctx, Number(user));
    if (added.outcome === 'already_requested')
      return ctx.t('admin-already-requested', { user, by: String(added.requestedBy) });
    return ctx.t(`admin-${added.outcome.replace('_', '-')}`, { user });
  });

  withUser('admin_approve', async (ctx, by, user) => {
    const approved = await approveAdmin(deps, by, Number(user));
    if (approved.outcome === 'approved') {
      await grantMenu(ctx, Number(user));
      return ctx.t('admin-approved', { user, by: String(approved.requestedBy) });
    }
    return ctx.t(`admin-${approved.outcome.replace('_', '-')}`, { user });
  });

  withUser('admin_remove', async (ctx, by, user) => {
    const removed = await removeAdmin(deps, by, Number(user));
    if (removed === 'removed') await withdrawAdminMenu(ctx.api, Number(user)).catch(() => false);
    return ctx.t(`admin-remove-${removed}`, { user });
  });

  admin.command('admins', async (ctx) => {
    const list = await listAdmins(deps);
    const ids = (n: number | null) => String(n);
    const lines = [
      ...list.configured.map((id) => ctx.t('admins-configured', { user: ids(id) })),
      ...list.added.map((r) =>
        r.status === 'pending'
          ? ctx.t('admins-pending', { user: ids(r.userId), by: ids(r.addedBy) })
          : r.approvedBy !== null
            ? ctx.t('admins-approved', { user: ids(r.userId), by: ids(r.addedBy), approver: ids(r.approvedBy) })
            : ctx.t('admins-added', { user: ids(r.userId), by: ids(r.addedBy) }),
      ),
    ];
    await ctx.reply([ctx.t('admins-title'), ...lines].join('\n'), HTML);
  });

  admin.command('audit', async (ctx) => {
    const [rows, names] = await Promise.all([latestAdminActions(deps.db), nameFeedbackForAudit(deps.db)]);
    if (rows.length === 0 && names.length === 0) return void (await ctx.reply(ctx.t('audit-empty'), HTML));
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone: deps.timezone,
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const lines = rows.map(
      (r) =>
        `${format.format(r.at)} · <code>${r.adminId}</code> · ${escapeHtml(r.action)} ${escapeHtml(summary(r.details))}`,
    );
    const nameLines = names.map((n) =>
      ctx.t('audit-name-line', {
        key: escapeHtml(n.queryKey),
        id: n.prisonerId,
        name: escapeHtml(n.name ?? '?'),
        via: ctx.t(`audit-name-via-${n.via}`),
      }),
    );
    const namesPart = nameLines.length > 0 ? ['', ctx.t('audit-names-title'), ...nameLines] : [];
    const actionsPart =
      rows.length > 0 ? [ctx.t('audit-title', { count: rows.length }), '', ...lines] : [ctx.t('audit-empty')];
    await ctx.reply([...actionsPart, ...namesPart].join('\n'), HTML);
  });
  return composer;
}

function summary(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ')
    .slice(0, 200);
}
