import type { SourceRecord, StoredRecord } from '../../src/domain/source-record.ts';

/** A person in a colony, as a source would give them. */
export function incoming(overrides: Partial<SourceRecord> = {}): SourceRecord {
  return {
    externalId: 'v:1',
    names: { be: 'Мікалай Статкевіч', ru: 'Николай Статкевич', en: 'Mikalai Statkevich' },
    aliases: [],
    gender: 'm',
    birthYear: 1956,
    status: 'imprisoned',
    facilityName: 'ИК-13 Глубокое',
    facilityAddress: 'ул. Калинина, 2, 211800 Глубокое',
    articles: ['293'],
    sentence: { years: 14, months: 0 },
    ...overrides,
  };
}

/** The stored row that applying `incoming(overrides)` as a new person produces. */
export function stored(overrides: Partial<StoredRecord> = {}, from: SourceRecord = incoming()): StoredRecord {
  return {
    id: 1,
    externalId: from.externalId,
    nameBe: from.names.be ?? null,
    nameRu: from.names.ru ?? null,
    nameEn: from.names.en ?? null,
    aliases: from.aliases,
    gender: from.gender ?? null,
    birthDate: from.birthDate ?? null,
    birthYear: from.birthYear ?? null,
    region: from.region ?? null,
    status: from.status ?? 'imprisoned',
    statusSince: from.statusSince ?? null,
    expelledTo: from.expelledTo ?? null,
    recognizedAt: from.recognizedAt ?? null,
    detainedAt: from.detainedAt ?? null,
    verdictAt: from.verdictAt ?? null,
    facilityName: from.facilityName ?? null,
    facilityAddress: from.facilityAddress ?? null,
    articles: from.articles,
    sentenceYears: from.sentence?.years ?? null,
    sentenceMonths: from.sentence?.months ?? null,
    penalty: from.penalty ?? null,
    sourceUrl: from.sourceUrl ?? null,
    missingFromSourceSince: null,
    ...overrides,
  };
}
