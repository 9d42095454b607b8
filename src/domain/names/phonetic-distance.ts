/**
 * Edit distance between two phonetic forms (phonetic-alphabet.ts), weighted so that what differs
 * between Belarusian and Russian forms or between romanisations costs little, and a different
 * sound costs a full edit. Unit-cost libraries (fastest-levenshtein and the like) cannot express
 * this, which is why the distance is computed here.
 */

const SIZE = 128;
const INDEL = new Float64Array(SIZE).fill(1);
const SUBSTITUTE = new Float64Array(SIZE * SIZE).fill(1);
const TRANSPOSE = 0.7;

function setIndel(chars: string, cost: number): void {
  for (const ch of chars) INDEL[ch.charCodeAt(0)] = cost;
}

function setPair(a: string, b: string, cost: number): void {
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  SUBSTITUTE[x * SIZE + y] = cost;
  SUBSTITUTE[y * SIZE + x] = cost;
}

for (let c = 0; c < SIZE; c++) SUBSTITUTE[c * SIZE + c] = 0;
setIndel("'", 0.15);
setIndel('j', 0.3);
setIndel('w', 0.45);
setIndel('aeiouy', 0.7);
setIndel('v', 0.6);

// Why each pair is cheap: the Belarusian / Russian alternation or the romanisation ambiguity it covers.
const NEAR: readonly (readonly [string, string, number])[] = [
  ['a', 'o', 0.2], // аканне: Калеснікава / Колесникова
  ['a', 'e', 0.4], // яканне: Бяляцкі / Беляцкий, Сяргей / Сергей
  ['e', 'i', 0.4],
  ['i', 'y', 0.2],
  ['e', 'y', 0.5],
  ['o', 'u', 0.5],
  ['a', 'u', 0.8],
  ['u', 'w', 0.2],
  ['w', 'v', 0.2],
  ['u', 'v', 0.4],
  ['f', 'v', 0.4], // ў / в / u: Kazlou / Kozlov
  ['j', 'i', 0.3],
  ['j', 'y', 0.3],
  ['j', "'", 0.15],
  ['j', 'e', 0.6],
  ['g', 'x', 0.3],
  ['k', 'x', 0.5],
  ['g', 'k', 0.7], // г = h; kh / ch / h for х
  ['c', 't', 0.3],
  ['D', 'd', 0.2],
  ['D', 'z', 0.5],
  ['D', 'J', 0.5], // цеканне, дзеканне
  ['c', 'C', 0.4],
  ['c', 'z', 0.4],
  ['c', 's', 0.6],
  ['C', 'x', 0.4],
  ['C', 'S', 0.4],
  ['C', 'J', 0.5],
  ['S', 's', 0.4],
  ['Z', 'z', 0.4],
  ['Z', 'S', 0.4],
  ['Z', 'J', 0.5],
  ['s', 'z', 0.5],
  ['S', 'x', 0.6],
  ['b', 'p', 0.7],
  ['d', 't', 0.7],
  ['l', 'r', 0.9],
];
for (const [a, b, cost] of NEAR) setPair(a, b, cost);

// Rows reused between calls: the distance runs tens of thousands of times per batch.
let rows: [Float64Array, Float64Array, Float64Array] = [
  new Float64Array(32),
  new Float64Array(32),
  new Float64Array(32),
];

function code(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c < SIZE ? c : 0;
}

/** Sum of insertion costs: the weight of a form, used to scale the distance into a similarity. */
export function phoneticWeight(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += INDEL[code(s, i)]!;
  return w;
}

/**
 * Weighted optimal-string-alignment distance (Damerau with adjacent transpositions). Past `limit`
 * the exact value does not matter: the computation stops and returns a value above it.
 */
export function phoneticDistance(a: string, b: string, limit = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > rows[0].length) rows = [new Float64Array(m + 1), new Float64Array(m + 1), new Float64Array(m + 1)];
  let [twoBack, prev, curr] = rows;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + INDEL[code(b, j - 1)]!;
  let prevMin = 0;
  for (let i = 1; i <= n; i++) {
    const ca = code(a, i - 1);
    curr[0] = prev[0]! + INDEL[ca]!;
    let rowMin = curr[0];
    for (let j = 1; j <= m; j++) {
      const cb = code(b, j - 1);
      let best = prev[j - 1]! + SUBSTITUTE[ca * SIZE + cb]!;
      const del = prev[j]! + INDEL[ca]!;
      if (del < best) best = del;
      const ins = curr[j - 1]! + INDEL[cb]!;
      if (ins < best) best = ins;
      if (i > 1 && j > 1 && ca === code(b, j - 2) && code(a, i - 2) === cb && ca !== cb) {
        const tr = twoBack[j - 2]! + TRANSPOSE;
        if (tr < best) best = tr;
      }
      curr[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Costs only grow down the table, except through a transposition from two rows back.
    if (rowMin > limit && prevMin > limit) return rowMin;
    prevMin = rowMin;
    [twoBack, prev, curr] = [prev, curr, twoBack];
  }
  return prev[m]!;
}

/**
 * 1 for the same sounds, falling towards 0 as edits accumulate relative to the longer form. Below
 * `floor` the value is only known to be below it (0 is returned), which saves most of the work.
 */
export function phoneticSimilarity(a: string, b: string, floor = 0): number {
  if (a === b) return 1;
  const scale = Math.max(phoneticWeight(a), phoneticWeight(b));
  if (scale === 0) return 0;
  const limit = floor > 0 ? (1 - floor) * scale : Infinity;
  const d = phoneticDistance(a, b, limit);
  return d > limit ? 0 : Math.max(0, 1 - d / scale);
}
