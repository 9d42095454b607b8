import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { unverifiedLanguage, verifyInitData } from '../app/admin/desk-auth.ts';
import { findSubscriber } from '../app/subscribers/subscribers.ts';
import { isLanguage, languageFromTelegram, type Language } from '../domain/language.ts';
import { readJsonBody } from '../http/request-body.ts';
import { batchAction, batchApi, lineApi, runBatchAction } from './desk-batch-api.ts';
import { homeApi, syncAction, syncApi } from './desk-sync-api.ts';
import { deskAsset, deskPage } from './desk-page.ts';
import type { DeskAnswer, DeskCaller, DeskDeps } from './desk-deps.ts';

const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self' https://web.telegram.org",
].join('; ');
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const COMMON = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
const MAX_BODY_BYTES = 4096;

/**
 * The admin desk under /desk on the public port: one page (the same shell for every screen), its
 * script and style, and a JSON API whose every call carries Telegram's initData in
 * `Authorization: tma <initData>` and is checked again (no cookie, no session). Screens are
 * rendered here, in the admin's language; the page's script only shows them and sends taps.
 */
export function deskRoutes(deps: DeskDeps): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void> {
  return async (req, res, path) => {
    const read = req.method === 'GET' || req.method === 'HEAD';
    if (read && /^\/desk(\/|\/batch\/\d{1,9}|\/sync\/\d{1,15})?$/.test(path))
      return send(req, res, 200, 'text/html; charset=utf-8', deskPage(), {
        'content-security-policy': PAGE_CSP,
        'cache-control': 'no-cache',
      });
    const asset = read ? deskAsset(path) : undefined;
    if (asset)
      return send(req, res, 200, asset.type, asset.body, {
        'content-security-policy': API_CSP,
        'cache-control': 'no-cache',
      });
    if (!path.startsWith('/desk/api/')) return json(req, res, 404, { error: 'not found' });
    const route = path.slice('/desk/api/'.length);
    if (!read && req.method !== 'POST') return json(req, res, 405, { error: 'method not allowed' });

    const initData = /^tma (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const identity = verifyInitData(initData, deps.botToken, deps.clock.now(), deps.authMaxAgeMinutes);
    if (!identity.ok) {
      const language = languageFromTelegram(unverifiedLanguage(initData), deps.defaultLanguage);
      return json(req, res, 401, { error: identity.reason, message: deps.translate(language, 'desk-open-again') });
    }
    const caller: DeskCaller = {
      adminId: identity.userId,
      language: await languageOf(deps, identity.userId, identity.languageCode),
    };
    if (!(await deps.isAdmin(identity.userId)))
      return json(req, res, 403, { error: 'not an admin', message: deps.translate(caller.language, 'desk-not-admin') });

    let body: unknown = undefined;
    if (req.method === 'POST') {
      const read = await readJsonBody(req, MAX_BODY_BYTES);
      if (read.kind === 'aborted') return void res.destroy();
      if (read.kind !== 'json')
        return json(req, res, read.kind === 'too_large' ? 413 : 400, {
          error: read.kind,
          message: deps.translate(caller.language, 'desk-bad-request'),
        });
      body = read.value;
    }
    const answer = await dispatch(deps, caller, route, req.method === 'POST', body);
    if (!answer)
      return json(req, res, 404, { error: 'not found', message: deps.translate(caller.language, 'desk-bad-request') });
    return json(req, res, answer.status, { html: answer.html, ...(answer.message ? { message: answer.message } : {}) });
  };
}

const idPattern = /^(batch|sync)\/(\d{1,9})(?:\/line\/(\d{1,4}))?$/;

async function dispatch(
  deps: DeskDeps,
  caller: DeskCaller,
  route: string,
  post: boolean,
  body: unknown,
): Promise<DeskAnswer | undefined> {
  if (route === 'home' && !post) return homeApi(deps, caller);
  const match = idPattern.exec(route);
  if (!match) return undefined;
  const id = Number(match[2]);
  if (match[1] === 'batch') {
    if (match[3] !== undefined) return post ? undefined : lineApi(deps, caller, id, Number(match[3]));
    if (!post) return batchApi(deps, caller, id);
    const action = batchAction.safeParse(body);
    return action.success
      ? runBatchAction(deps, caller, id, action.data)
      : { status: 400, html: '', message: deps.translate(caller.language, 'desk-bad-request') };
  }
  if (match[3] !== undefined) return undefined;
  if (!post) return syncApi(deps, caller, id);
  const action = z.object({ action: z.enum(['confirm', 'reject']) }).safeParse(body);
  return action.success
    ? syncAction(deps, caller, id, action.data.action)
    : { status: 400, html: '', message: deps.translate(caller.language, 'desk-bad-request') };
}

/** The admin's language for the desk: the one chosen in the bot, else their Telegram app's, else the default. */
async function languageOf(deps: DeskDeps, userId: number, code: string | undefined): Promise<Language> {
  const chosen = await findSubscriber(deps.db, userId);
  return chosen && isLanguage(chosen.language) ? chosen.language : languageFromTelegram(code, deps.defaultLanguage);
}

function json(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): void {
  send(req, res, status, 'application/json; charset=utf-8', JSON.stringify(value), {
    'content-security-policy': API_CSP,
    'cache-control': 'no-store',
  });
}

/** Compressed when the client takes gzip and it is worth it: a 250-line batch is some 100 KB of HTML. */
function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string>,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const gzip = bytes.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const out = gzip ? gzipSync(bytes) : bytes;
  res.writeHead(status, {
    ...COMMON,
    ...headers,
    'content-type': type,
    'content-length': String(out.length),
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : out);
}
