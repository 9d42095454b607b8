import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signInitData, verifyInitData } from '../../../src/app/admin/desk-auth.ts';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const OTHER = '987654321:BBHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const now = new Date('2026-03-20T12:00:00Z');
const signed = (authDate = now, token = TOKEN) =>
  signInitData(token, { user: { id: 900, language_code: 'en' }, authDate });

describe('initData of the admin desk', () => {
  it('is accepted when Telegram signed it and it is fresh: the user and their app language', () => {
    expect(verifyInitData(signed(), TOKEN, now, 60)).toEqual({ ok: true, userId: 900, languageCode: 'en' });
  });

  it('checks the hash exactly as Telegram documents it (secret = HMAC("WebAppData", token), sorted name=value lines)', () => {
    // Built here by hand, independently of signInitData.
    const user = JSON.stringify({ id: 901, first_name: 'A' });
    const fields = { auth_date: String(now.getTime() / 1000 - 30), signature: 'sig', user };
    const check = Object.entries(fields)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`)
      .join('\n');
    const secret = createHmac('sha256', 'WebAppData').update(TOKEN).digest();
    const hash = createHmac('sha256', secret).update(check).digest('hex');
    const initData = new URLSearchParams({ ...fields, hash }).toString();
    expect(verifyInitData(initData, TOKEN, now, 60)).toMatchObject({ ok: true, userId: 901 });
  });

  it('refuses a forged hash, a changed field, or data signed with another bot token', () => {
    const good = signed();
    const forged = good.replace(/hash=([0-9a-f])/, (_, c: string) => `hash=${c === '0' ? '1' : '0'}`);
    expect(verifyInitData(forged, TOKEN, now, 60)).toEqual({ ok: false, reason: 'forged' });
    const otherUser = good.replace(encodeURIComponent('"id":900'), encodeURIComponent('"id":901'));
    expect(otherUser).not.toBe(good);
    expect(verifyInitData(otherUser, TOKEN, now, 60)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyInitData(signed(now, OTHER), TOKEN, now, 60)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses a stale auth_date (older than the configured minutes) and one far in the future', () => {
    expect(verifyInitData(signed(new Date(now.getTime() - 59 * 60_000)), TOKEN, now, 60).ok).toBe(true);
    expect(verifyInitData(signed(new Date(now.getTime() - 61 * 60_000)), TOKEN, now, 60)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifyInitData(signed(new Date(now.getTime() - 61 * 60_000)), TOKEN, now, 120).ok).toBe(true);
    expect(verifyInitData(signed(new Date(now.getTime() + 10 * 60_000)), TOKEN, now, 60)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses what is missing or is not initData at all', () => {
    expect(verifyInitData(undefined, TOKEN, now, 60)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyInitData('', TOKEN, now, 60)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyInitData('user=%7B%7D&auth_date=1&hash=00', TOKEN, now, 60)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyInitData(signed().replace(/user=[^&]+/, 'user=notjson'), TOKEN, now, 60)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyInitData('x'.repeat(10_000), TOKEN, now, 60)).toEqual({ ok: false, reason: 'malformed' });
  });
});
