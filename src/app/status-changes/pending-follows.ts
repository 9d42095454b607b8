/**
 * Decides whether a name someone followed before it was on the register is this newly listed
 * person. The name identity engine provides the real one (its confident "match" decision only);
 * `exactNameMatcher` is a conservative stand-in: same words in any order and case, ё as е.
 */
export type PendingNameMatcher = (
  pendingName: string,
  person: { names: string[]; birthYear?: number; gender?: 'm' | 'f' },
) => boolean;

function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

export const exactNameMatcher: PendingNameMatcher = (pendingName, person) => {
  const wanted = key(pendingName);
  return wanted !== '' && person.names.some((n) => key(n) === wanted);
};
