import { describe, expect, it } from 'vitest';
import { findNamesakes } from '../../src/app/names/namesakes.ts';
import { eq } from 'drizzle-orm';
import { prisoners } from '../../src/db/schema/index.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';

const database = useTestDatabase();

describe(`namesakes on the register (${backendName()})`, () => {
  it('finds every registered namesake of the people asked about, per language, and tags them apart', async () => {
    const insert = async (values: Partial<typeof prisoners.$inferInsert>) =>
      (
        await database.db
          .insert(prisoners)
          .values({ status: 'imprisoned', ...values })
          .returning({ id: prisoners.id })
      )[0]!.id;
    const a = await insert({
      nameBe: 'Аляксандр Кавалёў',
      nameRu: 'Александр Ковалёв',
      nameEn: 'Aliaksandr Kavaliou',
      birthYear: 1971,
    });
    // Same Belarusian and English names, a different Russian one.
    const b = await insert({
      nameBe: 'Аляксандр Кавалёў',
      nameRu: 'Александр Ковалев-Младший',
      nameEn: 'ALIAKSANDR KAVALIOU',
      birthDate: '1990-02-03',
    });
    // Only a Belarusian name: shown to every subscriber.
    const c = await insert({ nameBe: 'Аляксандр Кавалеў', region: 'Гомельская вобласць' });
    const other = await insert({ nameEn: 'Ales Bialiatski', nameBe: 'Алесь Бяляцкі' });
    // Everyone registered counts, mentioned or not; tags are given for the people asked about.
    expect((await findNamesakes(database.db, [a, other])).tag('be', a)).toEqual({ by: 'born', year: 1971 });
    expect((await findNamesakes(database.db, [a, other])).tag('be', b)).toBeUndefined();
    const namesakes = await findNamesakes(database.db, [a, b, c, other]);
    expect(namesakes.tag('be', a)).toEqual({ by: 'born', year: 1971 });
    expect(namesakes.tag('be', b)).toEqual({ by: 'born', year: 1990 });
    expect(namesakes.tag('be', c)).toEqual({ by: 'region', region: 'Гомельская вобласць' });
    expect(namesakes.tag('en', a)).toEqual({ by: 'born', year: 1971 });
    // In Russian, a's shown name is shared by nobody.
    expect(namesakes.tag('ru', a)).toBeUndefined();
    expect(namesakes.tag('be', other)).toBeUndefined();
    expect((await findNamesakes(database.db, [])).tag('be', a)).toBeUndefined();
  });

  it('sees a name that changed, a person added and one removed, after it was asked once (the grouping is kept per register state)', async () => {
    const insert = async (nameBe: string, birthYear: number) =>
      (
        await database.db
          .insert(prisoners)
          .values({ status: 'imprisoned', nameBe, birthYear })
          .returning({ id: prisoners.id })
      )[0]!.id;
    const a = await insert('Ігар Лосік', 1992);
    const b = await insert('Ігар Лосiк Другі', 1980);
    expect((await findNamesakes(database.db, [a])).tag('be', a)).toBeUndefined();
    await database.db.update(prisoners).set({ nameBe: 'Ігар Лосік' }).where(eq(prisoners.id, b));
    expect((await findNamesakes(database.db, [a])).tag('be', a)).toEqual({ by: 'born', year: 1992 });
    const c = await insert('Ігар Лосік', 2001);
    expect((await findNamesakes(database.db, [c])).tag('be', c)).toEqual({ by: 'born', year: 2001 });
    await database.db.delete(prisoners).where(eq(prisoners.id, b));
    await database.db.delete(prisoners).where(eq(prisoners.id, c));
    expect((await findNamesakes(database.db, [a])).tag('be', a)).toBeUndefined();
    // Inside a transaction its own writes count, and the database's answer is unchanged after a rollback.
    await database.db
      .transaction(async (tx) => {
        await tx.insert(prisoners).values({ status: 'imprisoned', nameBe: 'Ігар Лосік', birthYear: 1970 });
        expect((await findNamesakes(tx, [a])).tag('be', a)).toEqual({ by: 'born', year: 1992 });
        throw new Error('roll back');
      })
      .catch((error: unknown) => expect(String(error)).toContain('roll back'));
    expect((await findNamesakes(database.db, [a])).tag('be', a)).toBeUndefined();
  });
});
