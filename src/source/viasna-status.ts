import type { FeedStatus } from '../domain/status.ts';
import { isUnstated, normaliseLabel, type Read } from './viasna-values.ts';

/**
 * What the "Status" cell of a Viasna-style list says. `active` ("political prisoner") and `former`
 * need the penalty and verdict columns to become one of our statuses; see `resolveStatus`.
 *
 * Deliberately NOT mapped: a bare "unknown / неизвестно / невядома" status means the list does not
 * state a status, not that the person's whereabouts are unknown. Reading it as `whereabouts_unknown`
 * would send families a grave alert on a blank cell. Only the explicit phrases ("whereabouts unknown",
 * "местонахождение неизвестно", "месца знаходжання невядома", "incommunicado") mean that.
 */
export type StatusCell = { status: FeedStatus; country?: string } | { status: 'active' } | { status: 'former' };

const STATUS_PATTERNS: [RegExp, FeedStatus | 'active' | 'former'][] = [
  [
    /whereabouts unknown|incommunicado|местонахождение неизвестно|месца знаходжання невядома|месцазнаходжанне невядома/,
    'whereabouts_unknown',
  ],
  [/^(died|dead|death)|умер|погиб|скончал|памер|загінуў|загінула/, 'died_in_custody'],
  [/^(former|ex-)|^бывш|^былы|^былая/, 'former'],
  [/expelled|deported|депортир|выдвор|выслан|вывезен|дэпартав|выдвар/, 'expelled'],
  [/pardon|помилова|памілава/, 'pardoned'],
  [/^(released|freed|free)|освобожд|вызвален/, 'released'],
  [/house arrest|домашн\S* арест|хатн\S* арышт/, 'house_arrest'],
  [/restrict\S* (of )?freedom|ограничени\S* свободы|абмежаванн\S* волі|хіми|хими/, 'restricted_freedom'],
  [/compulsory treatment|принудительн\S* лечени|прымусов\S* лячэнн/, 'compulsory_treatment'],
  [/^(detained|arrested|in pre-trial|pre-trial)|задержан|затрыман|арестован|арыштаван|сизо|сіза/, 'detained'],
  [/^(imprisoned|sentenced|convicted)|осужден|асуджан/, 'imprisoned'],
  [/political prisoner|политзаключ|палітвяз|палiтвяз/, 'active'],
];

const COUNTRIES: [RegExp, string][] = [
  [/lithuania|литв|літв/, 'LT'],
  [/ukrain|украин|украін/, 'UA'],
  [/poland|польш/, 'PL'],
  [/latvia|латви|латві/, 'LV'],
  [/germany|германи|нямеччын/, 'DE'],
];

export function readStatusCell(text: string | undefined): Read<StatusCell> {
  if (isUnstated(text)) return undefined;
  const value = normaliseLabel(text!);
  for (const [pattern, status] of STATUS_PATTERNS) {
    if (!pattern.test(value)) continue;
    if (status === 'active' || status === 'former') return { status };
    if (status === 'expelled') {
      const country = COUNTRIES.find(([p]) => p.test(value))?.[1];
      return country ? { status, country } : { status };
    }
    return { status };
  }
  return { error: `status "${text!.trim()}" is not one Vestka knows` };
}

const PENALTY_PATTERNS: [RegExp, FeedStatus][] = [
  [/restrict\S* (of )?freedom|ограничени\S* свободы|абмежаванн\S* волі|хіміі?|хими/, 'restricted_freedom'],
  [/house arrest|домашн\S* арест|хатн\S* арышт/, 'house_arrest'],
  [/compulsory|принудительн|прымусов/, 'compulsory_treatment'],
  [
    /colony|prison|imprison|deprivation of liberty|arrest|колони|калоні|тюрьм|турм|лишени\S* свободы|пазбаўленн\S* волі|арест|арышт/,
    'imprisoned',
  ],
];

/** The custody a penalty means: "хімія" is restricted freedom, any colony or prison is imprisonment. */
export function penaltyStatus(text: string | undefined): FeedStatus | undefined {
  if (isUnstated(text)) return undefined;
  const value = normaliseLabel(text!);
  return PENALTY_PATTERNS.find(([p]) => p.test(value))?.[1];
}

const PRISON_PATTERNS: [RegExp, FeedStatus][] = [
  [/open[- ]type|открытого типа|адкрытага тыпу|иуот|пуат/, 'restricted_freedom'],
  [/pre-trial|сизо|сіза|изолятор|ізалятар|\bивс\b|\bцип\b|detention cent/, 'detained'],
  [/colony|prison|колони|калоні|тюрьм|турм|(^|[^\p{L}])(ик|пк|ік)([^\p{L}]|$)/u, 'imprisoned'],
];

/** The custody a facility implies: a pre-trial centre, a colony or prison, an open-type institution. */
export function prisonStatus(text: string | undefined): FeedStatus | undefined {
  if (isUnstated(text)) return undefined;
  const value = normaliseLabel(text!);
  return PRISON_PATTERNS.find(([p]) => p.test(value))?.[1];
}

export interface CustodyFacts {
  penalty?: string;
  sentenceText?: string;
  prison?: string;
  hasVerdict: boolean;
  /** The list has verdict or sentence columns, so an empty one means "no verdict yet". */
  verdictColumns: boolean;
}

/**
 * Turns the status cell and the custody facts into one of our statuses. For a political prisoner:
 * the penalty if it maps; else what the facility implies; else, when the list has verdict columns
 * and they are empty, held before trial. Anything else is not stated (a known person keeps their
 * status; a new one is quarantined), never guessed. A former prisoner is released: the list does not
 * say whether by pardon.
 */
export function resolveStatus(
  cell: StatusCell | undefined,
  facts: CustodyFacts,
): Read<{ status: FeedStatus; country?: string }> {
  if (cell === undefined) return undefined;
  if (cell.status === 'former') return { status: 'released' };
  if (cell.status !== 'active') return cell;
  const fromPenalty = penaltyStatus(facts.penalty) ?? penaltyStatus(facts.sentenceText);
  if (fromPenalty) return { status: fromPenalty };
  const said = [facts.penalty].find((t) => !isUnstated(t));
  if (said) return { error: `penalty "${said.trim()}" is not one Vestka can map to a status` };
  const fromPrison = prisonStatus(facts.prison);
  if (fromPrison && !(fromPrison === 'detained' && facts.hasVerdict)) return { status: fromPrison };
  if (facts.verdictColumns && !facts.hasVerdict) return { status: 'detained' };
  return undefined;
}
