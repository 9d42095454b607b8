import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.ts';
import { follows, prisoners, subscribers } from '../../src/db/schema/index.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';

const database = useTestDatabase();

describe(`the migrated schema (${backendName()})`, () => {
  it('stores Cyrillic names and finds them with pg_trgm similarity', async () => {
    await database.db
      .insert(prisoners)
      .values({ nameBe: 'Алесь Бяляцкі', nameRu: 'Алесь Беляцкий', status: 'imprisoned' });
    const rows = rowsOf<{ s: number }>(
      await database.db.execute(sql`select similarity(name_ru, 'Алесь Беляцки') as s from prisoners`),
    );
    expect(rows[0]!.s).toBeGreaterThan(0.5);
  });

  it('refuses a status outside the lifecycle', async () => {
    await expect(database.db.insert(prisoners).values({ nameEn: 'X', status: 'vanished' as never })).rejects.toThrow();
  });

  it('refuses a prisoner without any name', async () => {
    await expect(database.db.insert(prisoners).values({ status: 'detained' })).rejects.toThrow();
  });

  it('keeps a follow either on a person or on a pending name, never both or neither', async () => {
    const [s] = await database.db
      .insert(subscribers)
      .values({ chatId: 1, language: 'be', timezone: 'Europe/Minsk' })
      .returning();
    const [p] = await database.db
      .insert(prisoners)
      .values({ nameEn: 'Ales Bialiatski', status: 'imprisoned' })
      .returning();
    await database.db.insert(follows).values({ subscriberId: s!.id, prisonerId: p!.id });
    await database.db.insert(follows).values({ subscriberId: s!.id, pendingName: 'Мікола Дзядок' });
    await expect(database.db.insert(follows).values({ subscriberId: s!.id })).rejects.toThrow();
    await expect(
      database.db.insert(follows).values({ subscriberId: s!.id, prisonerId: p!.id, pendingName: 'x' }),
    ).rejects.toThrow();
  });

  it('erases a subscriber with everything hanging off it', async () => {
    const [s] = await database.db
      .insert(subscribers)
      .values({ chatId: 2, language: 'ru', timezone: 'Europe/Minsk' })
      .returning();
    await database.db.insert(follows).values({ subscriberId: s!.id, pendingName: 'Name' });
    await database.db.delete(subscribers).where(sql`${subscribers.id} = ${s!.id}`);
    expect(await database.db.select().from(follows)).toEqual([]);
  });
});
