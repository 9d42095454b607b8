import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runDueDigests, type DigestRunnerDeps } from '../../../src/app/digests/digest-runner.ts';
import { createI18n, translatorFrom } from '../../../src/bot/i18n.ts';
import { rowsOf } from '../../../src/db/rows.ts';
import { facilities, prisoners, statusHistory, subscribers } from '../../../src/db/schema/index.ts';
import { facilityKey } from '../../../src/domain/facility.ts';
import type { PrisonerStatus } from '../../../src/domain/status.ts';
import { parseTelegramHtml } from '../../support/telegram-html.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();

const at = (iso: string) => new Date(iso);
const deps = (): DigestRunnerDeps => ({
  db: database.db,
  translate: translatorFrom(createI18n('be')),
  botUsername: 'vestka_test_bot',
  worker: 'test',
});
// Monday 28 December 2026, 20:00 in Minsk: the week runs into January 2027.
const DUE = '2026-12-28T17:00:00Z';
const COLONY = { name: 'Penal Colony No 9 - Horki', address: 'vul. Dzimitrava 1, 213410 Horki' };

async function person(
  nameEn: string,
  status: PrisonerStatus,
  birthDate: string | null,
  facilityName: string | null = null,
): Promise<number> {
  const [row] = await database.db
    .insert(prisoners)
    .values({ nameBe: nameEn, nameRu: nameEn, nameEn, status, birthDate, facilityName })
    .returning({ id: prisoners.id });
  return row!.id;
}

const text = async (chatId: number) => {
  const [row] = rowsOf<{ text: string }>(
    await database.db.execute(sql`
    select coalesce(b.text, o.text) as text from outbox o left join outbox_bodies b on b.id = o.body_id where o.chat_id = ${chatId} and o.kind = 'digest'`),
  );
  const parsed = parseTelegramHtml(row!.text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
};

describe(`"Birthdays this week" in the digest (${backendName()})`, () => {
  it('lists the people held whose birthday is in the next seven days, with the address for letters, for subscribers who asked', async () => {
    await database.db
      .insert(facilities)
      .values({ key: facilityKey(COLONY.name), name: COLONY.name, address: COLONY.address });
    const news = await person('Someone New', 'imprisoned', null);
    await database.db.insert(statusHistory).values({
      prisonerId: news,
      kind: 'newly_listed',
      toStatus: 'imprisoned',
      observedAt: at('2026-12-28T09:00:00Z'),
      createdAt: at('2026-12-28T09:00:00Z'),
      changedBy: 'sync:test',
    });
    await person('Ales Held', 'imprisoned', '1962-01-02', COLONY.name);
    await person('Maria Detained', 'detained', '1990-12-31', 'SIZO-1 Minsk');
    await person('Ihar Freed', 'released', '1980-12-30', COLONY.name);
    await person('Lost Contact', 'whereabouts_unknown', '1980-12-30');
    await person('Far Away', 'imprisoned', '1980-01-05', COLONY.name);
    for (const [chatId, digestBirthdays] of [
      [901, true],
      [902, false],
    ] as const) {
      await database.db.insert(subscribers).values({
        chatId,
        language: 'en',
        timezone: 'Europe/Minsk',
        digestEnabled: true,
        digestEnabledAt: at('2026-11-01T00:00:00Z'),
        digestBirthdays,
      });
    }
    expect(await runDueDigests(deps(), at(DUE))).toMatchObject({ claimed: 2, queued: 2 });

    const withBirthdays = await text(901);
    const section = withBirthdays.slice(withBirthdays.indexOf('Birthdays this week'));
    expect(section.split('\n')).toEqual([
      'Birthdays this week',
      '• Maria Detained: 31 December, turns 36',
      '  SIZO-1 Minsk (no postal address given)',
      '• Ales Held: 2 January, turns 65',
      `  ${COLONY.name}, ${COLONY.address}`,
      'Write in Belarusian or Russian: the prison censor reads every letter, and one in another language may not be handed over. Write about everyday things, not about the case.',
    ]);
    expect(await text(902)).not.toContain('Birthdays');
  });
});
