import type { AliasKinds } from './other-names.ts';
import type { FeedStatus, PrisonerStatus } from './status.ts';

/**
 * What one source last said about a person's status: its own record, kept apart from the register.
 * Sources lag: days after a confirmed batch of pardons a list still shows the people as held. Comparing
 * a snapshot with the source's own previous word tells a change at the source (news) from the same old
 * word (lag), whatever the register says meanwhile.
 */
export interface SourceClaim {
  status: PrisonerStatus | null;
  statusSince: string | null;
  detainedAt: string | null;
}

/**
 * One person as a source gives them, whatever the format (JSON feed, CSV export, HTML table).
 * An absent field means "the source does not say", never "erase what we know": the HTML table has no
 * sentence column, and reading its silence as "no sentence" would erase data on every sync.
 */
export interface SourceRecord {
  /** The source's stable id, or for sources without ids a key derived from name and birth date. */
  externalId: string;
  names: { be?: string; ru?: string; en?: string };
  /** Other spellings (other languages, transliterations) as the source gives them. */
  aliases: string[];
  /** Which aliases are other names (maiden, pseudonym …), by alias text; absent when the source says none. */
  aliasKinds?: AliasKinds;
  gender?: 'm' | 'f';
  birthDate?: string;
  birthYear?: number;
  region?: string;
  /** Absent when the source does not state it; a new person without a status cannot be listed. */
  status?: FeedStatus;
  /** The status as the source words it ("памёр у зняволенні"), shown to admins who must confirm grave news. */
  statusText?: string;
  statusSince?: string;
  expelledTo?: string;
  recognizedAt?: string;
  detainedAt?: string;
  verdictAt?: string;
  facilityName?: string;
  facilityAddress?: string;
  /** Empty when the source does not list charges. */
  articles: string[];
  sentence?: Sentence;
  penalty?: string;
  sourceUrl?: string;
}

export interface Sentence {
  years: number;
  months: number;
}

/** A row a parser could not read, kept with the reason for admins. */
export interface QuarantinedRow {
  /** Row number (CSV/HTML, 1-based data row) or record index and id (JSON). */
  rowRef: string;
  /** Set when the id could be read: a known person whose row is broken is not "missing from source". */
  externalId?: string;
  reason: string;
  raw: unknown;
}

/** What a parser makes of one fetched body. */
export type ParsedSource =
  | {
      ok: true;
      records: SourceRecord[];
      quarantined: QuarantinedRow[];
      /** Headers or columns of the document; a change trips the breaker. */
      shape: string;
    }
  | { ok: false; error: string };

/** The stored side of the comparison: a prisoner row as the change detector needs it. */
export interface StoredRecord {
  id: number;
  externalId: string | null;
  nameBe: string | null;
  nameRu: string | null;
  nameEn: string | null;
  aliases: string[];
  /** Absent where a caller does not need it; the sync reads it. */
  aliasKinds?: AliasKinds;
  gender: 'm' | 'f' | null;
  birthDate: string | null;
  birthYear: number | null;
  region: string | null;
  status: PrisonerStatus;
  statusSince: string | null;
  expelledTo: string | null;
  recognizedAt: string | null;
  detainedAt: string | null;
  verdictAt: string | null;
  facilityName: string | null;
  facilityAddress: string | null;
  articles: string[];
  sentenceYears: number | null;
  sentenceMonths: number | null;
  penalty: string | null;
  sourceUrl: string | null;
  missingFromSourceSince: Date | null;
  /**
   * For a person whose whereabouts are unknown: the status before that, read from history. Lets a
   * freed person who resurfaces in custody count as returned to custody (the Statkevich case).
   */
  statusBeforeUnknown?: PrisonerStatus;
  /**
   * What the syncing source said about the person's status last time: null when it never said
   * anything, absent when not tracked (callers comparing two records alone).
   */
  sourceClaim?: SourceClaim | null;
}

/** The stored fields a sync may write; `missingFromSourceSince: null` puts a person back on the list. */
export type RecordPatch = Partial<Omit<StoredRecord, 'id' | 'statusBeforeUnknown' | 'sourceClaim'>>;
