import type { NameRole, NameToken } from './name-token.ts';

function isGiven(t: NameToken): boolean {
  return t.given.classes.length > 0;
}

function rolesForThree([a, b, c]: readonly [NameToken, NameToken, NameToken]): NameRole[] {
  // "Given Patronymic Surname" (Алесь Віктаравіч Бяляцкі) or "Surname Given Patronymic" (Viasna's lists).
  if (b.patronymicLike && !c.patronymicLike) return ['given', 'patronymic', 'surname'];
  if (c.patronymicLike && !b.patronymicLike) return ['surname', 'given', 'patronymic'];
  if (b.patronymicLike && c.patronymicLike)
    return isGiven(a) ? ['given', 'patronymic', 'surname'] : ['surname', 'given', 'patronymic'];
  // No patronymic ending: a double surname or a name split at its hyphen (Паліна Шарэнда Панасюк).
  if (isGiven(b) && !isGiven(a)) return ['surname', 'given', 'surname'];
  return ['given', 'surname', 'surname'];
}

/**
 * Decides which word is the given name, the patronymic and the surname. The order varies by source
 * (surname first in Viasna's Cyrillic lists, after a comma in catalogues), so the given-name table,
 * patronymic endings, capitals and the comma decide before word order does.
 */
export function assignRoles(tokens: readonly NameToken[], surnameFirst: boolean): NameToken[] {
  const roles: (NameRole | undefined)[] = tokens.map(() => undefined);
  const full = tokens.map((t, i) => ({ t, i })).filter(({ t }) => !t.initial);
  let initialsSeen = 0;
  tokens.forEach((t, i) => {
    if (t.initial) roles[i] = initialsSeen++ === 0 ? 'given' : 'patronymic';
  });
  const capitals = full.filter(({ t }) => t.capitalised);
  if (surnameFirst && full[0]) roles[full[0].i] = 'surname';
  else if (capitals.length === 1) roles[capitals[0]!.i] = 'surname';
  const open = full.filter(({ i }) => roles[i] === undefined);
  const hasSurname = roles.includes('surname');
  const hasGiven = roles.includes('given');

  if (hasSurname) {
    open.forEach(({ t, i }, k) => {
      roles[i] = !hasGiven && k === 0 ? 'given' : t.patronymicLike || k > 0 ? 'patronymic' : 'given';
    });
  } else if (open.length === 1) {
    roles[open[0]!.i] = 'surname';
  } else if (open.length === 2) {
    const [a, b] = open as [(typeof open)[0], (typeof open)[0]];
    const aFirst = hasGiven ? false : isGiven(a.t) || !isGiven(b.t);
    if (hasGiven) {
      roles[a.i] = b.t.patronymicLike ? 'surname' : isGiven(a.t) && !isGiven(b.t) ? 'patronymic' : 'surname';
      roles[b.i] = roles[a.i] === 'surname' ? 'patronymic' : 'surname';
    } else {
      roles[a.i] = aFirst ? 'given' : 'surname';
      roles[b.i] = aFirst ? 'surname' : 'given';
    }
  } else if (open.length === 3) {
    const three = rolesForThree([open[0]!.t, open[1]!.t, open[2]!.t]);
    open.forEach(({ i }, k) => (roles[i] = three[k]));
  } else {
    const givenAt = open.find(({ t }) => isGiven(t)) ?? open[0];
    for (const { t, i } of open) roles[i] = i === givenAt?.i ? 'given' : t.patronymicLike ? 'patronymic' : 'surname';
  }
  return tokens.map((t, i) => ({ ...t, role: roles[i] ?? 'surname' }));
}
