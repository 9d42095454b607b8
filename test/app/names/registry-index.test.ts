import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { RegistryIndex } from '../../../src/app/names/registry-index.ts';
import { prisoners } from '../../../src/db/schema/index.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();

async function add(values: Partial<typeof prisoners.$inferInsert>): Promise<number> {
  const [row] = await database.db
    .insert(prisoners)
    .values({ status: 'imprisoned', ...values })
    .returning({ id: prisoners.id });
  return row!.id;
}

describe(`the register's name index (${backendName()})`, () => {
  it('finds a person in any spelling, and sees people added, renamed and removed by anyone since', async () => {
    const index = new RegistryIndex(database.db);
    expect((await index.search('Ales Bialiatski')).decision).toBe('none');

    const ales = await add({
      nameBe: 'Алесь Бяляцкі',
      nameRu: 'Алесь Беляцкий',
      nameEn: 'Ales Bialiatski',
      birthYear: 1962,
    });
    expect(await index.search('Aleś Bialacki')).toMatchObject({
      decision: 'match',
      candidates: [{ prisonerId: ales }],
    });

    // another process (or source sync) corrects a spelling: the revision trigger makes it visible
    const maria = await add({ nameEn: 'Maria Kolesnikova' });
    await database.db
      .update(prisoners)
      .set({ nameBe: 'Марыя Калеснікава', nameRu: 'Мария Колесникова' })
      .where(eq(prisoners.id, maria));
    expect(await index.search('Марыя Калеснікава')).toMatchObject({
      decision: 'match',
      candidates: [{ prisonerId: maria }],
    });

    await database.db.delete(prisoners).where(eq(prisoners.id, ales));
    expect((await index.search('Ales Bialiatski')).candidates.map((c) => c.prisonerId)).not.toContain(ales);
  });

  it('matches on other names stored with their kind and says which matched', async () => {
    const index = new RegistryIndex(database.db);
    const id = await add({
      nameBe: 'Кацярына Андрэева',
      nameEn: 'Katsiaryna Andreyeva',
      aliases: ['Кацярына Бахвалава'],
      aliasKinds: { 'Кацярына Бахвалава': 'former' },
    });
    expect(await index.search('Katsiaryna Bakhvalava')).toMatchObject({
      decision: 'match',
      candidates: [{ prisonerId: id, name: 'Кацярына Бахвалава', kind: 'former' }],
    });
    expect((await index.search('Katsiaryna Andreyeva')).candidates[0]!.kind).toBeUndefined();
  });

  it('tells a pending follow it found its person only when no one on the register rivals the newcomer', async () => {
    const index = new RegistryIndex(database.db);
    const matcher = index.pendingMatcher();
    await index.refresh();
    const newcomer = { names: ['Мікалай Статкевіч', 'Николай Статкевич', 'Mikalai Statkevich'], gender: 'm' as const };
    expect(matcher('Nikolaj Statkevitsj', newcomer)).toBe(true);
    expect(matcher('Статкевіч', newcomer)).toBe(false); // a surname alone never decides
    expect(matcher('Maryia Kalesnikava', newcomer)).toBe(false);

    // a namesake already on the register makes the same name ambiguous: nobody is told
    await add({ nameEn: 'Mikalai Statkevich', birthYear: 1980 });
    await index.refresh();
    expect(matcher('Mikalai Statkevich', newcomer)).toBe(false);
    // the probe leaves nothing behind in the index
    expect(index.size).toBe(1);
  });

  it('keeps the wife and the husband apart', async () => {
    const index = new RegistryIndex(database.db);
    await add({ nameBe: 'Сяргей Ціханоўскі', nameEn: 'Siarhei Tsikhanouski', gender: 'm' });
    await index.refresh();
    expect(index.pendingMatcher()('Sviatlana Tsikhanouskaya', { names: ['Святлана Ціханоўская'], gender: 'f' })).toBe(
      true,
    );
    expect(index.pendingMatcher()('Siarhei Tsikhanouski', { names: ['Святлана Ціханоўская'], gender: 'f' })).toBe(
      false,
    );
  });
});
