import { facilities, prisoners, sources, statusHistory } from '../../src/db/schema/index.ts';
import { facilityKey } from '../../src/domain/facility.ts';
import type { Db } from '../../src/db/database.ts';

/**
 * A small register for the relatives' flows: a person with a full record, a freed one, one whose
 * whereabouts are unknown, and two namesakes told apart by birth year, town and status.
 */
export async function seedRegister(db: Db) {
  const [source] = await db
    .insert(sources)
    .values({
      name: 'viasna',
      url: 'https://feed.example.org/prisoners.json',
      format: 'json',
      lastSuccessAt: new Date('2026-03-20T10:15:00Z'),
    })
    .returning();
  const add = async (values: Omit<typeof prisoners.$inferInsert, 'sourceId' | 'updatedAt'>) => {
    const [row] = await db
      .insert(prisoners)
      .values({ sourceId: source!.id, updatedAt: new Date('2026-03-01T09:00:00Z'), ...values })
      .returning({ id: prisoners.id });
    return row!.id;
  };
  const ales = await add({
    externalId: 'spring96:1',
    nameBe: 'Алесь Бяляцкі',
    nameRu: 'Алесь Беляцкий',
    nameEn: 'Ales Bialiatski',
    aliases: ['Aleś Bialacki'],
    gender: 'm',
    birthDate: '1962-09-25',
    region: 'Minsk',
    status: 'imprisoned',
    statusSince: '2023-03-03',
    recognizedAt: '2021-07-15',
    detainedAt: '2021-07-14',
    facilityName: 'Penal colony No. 9, Horki',
    facilityAddress: 'вул. Дзімітрава, 1, 213410 Горкі',
    articles: ['228', '243'],
    sentenceYears: 10,
    sentenceMonths: 0,
    penalty: 'reinforced regime colony',
    sourceUrl: 'https://prisoners.spring96.org/en/person/ales-bialiatski',
  });
  const mikalai = await add({
    externalId: 'spring96:3',
    nameBe: 'Мікалай Статкевіч',
    nameRu: 'Николай Статкевич',
    nameEn: 'Mikalai Statkevich',
    gender: 'm',
    birthYear: 1956,
    status: 'expelled',
    expelledTo: 'LT',
    statusSince: '2025-09-11',
  });
  const maryia = await add({
    externalId: 'spring96:2',
    nameBe: 'Марыя Калеснікава',
    nameRu: 'Мария Колесникова',
    nameEn: 'Maryia Kalesnikava',
    gender: 'f',
    birthYear: 1982,
    status: 'whereabouts_unknown',
    statusSince: '2023-02-01',
  });
  const ivan85 = await add({
    externalId: 'x:85',
    nameBe: 'Іван Іваноў',
    nameRu: 'Иван Иванов',
    nameEn: 'Ivan Ivanou',
    gender: 'm',
    birthYear: 1985,
    region: 'Homiel',
    status: 'imprisoned',
    facilityName: 'Penal colony No. 3',
  });
  const ivan90 = await add({
    externalId: 'x:90',
    nameBe: 'Іван Іваноў',
    nameRu: 'Иван Иванов',
    nameEn: 'Ivan Ivanou',
    gender: 'm',
    birthYear: 1990,
    region: 'Minsk',
    status: 'released',
  });
  // Addresses for letters come from the facility directory, as a sync fills it.
  await db.insert(facilities).values({
    key: facilityKey('Penal colony No. 9, Horki'),
    name: 'Penal colony No. 9, Horki',
    address: 'вул. Дзімітрава, 1, 213410 Горкі',
    sourceId: source!.id,
  });
  await db.insert(statusHistory).values({
    prisonerId: ales,
    kind: 'transferred',
    details: {},
    occurredOn: '2025-02-01',
    observedAt: new Date('2025-02-02T08:00:00Z'),
    changedBy: 'sync:viasna',
  });
  return { source: source!, ales, mikalai, maryia, ivan85, ivan90 };
}
