// Deterministic, realistic-looking prisoner records for the sync benchmark (seeded PRNG: same data every run).

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  ['Алесь', 'Алесь', 'Ales'],
  ['Мікалай', 'Николай', 'Mikalai'],
  ['Сяргей', 'Сергей', 'Siarhei'],
  ['Уладзімір', 'Владимир', 'Uladzimir'],
  ['Аляксандр', 'Александр', 'Aliaksandr'],
  ['Ігар', 'Игорь', 'Ihar'],
  ['Андрэй', 'Андрей', 'Andrei'],
  ['Дзмітрый', 'Дмитрий', 'Dzmitry'],
  ['Марыя', 'Мария', 'Maryia'],
  ['Вольга', 'Ольга', 'Volha'],
  ['Ксенія', 'Ксения', 'Ksenia'],
  ['Наталля', 'Наталья', 'Natallia'],
  ['Павел', 'Павел', 'Pavel'],
  ['Віктар', 'Виктор', 'Viktar'],
  ['Яўген', 'Евгений', 'Yauhen'],
] as const;
const LAST = [
  ['Бяляцкі', 'Беляцкий', 'Bialiatski'],
  ['Статкевіч', 'Статкевич', 'Statkevich'],
  ['Калеснікава', 'Колесникова', 'Kalesnikava'],
  ['Лосік', 'Лосик', 'Losik'],
  ['Ціханоўскі', 'Тихановский', 'Tsikhanouski'],
  ['Бабарыка', 'Бабарико', 'Babaryka'],
  ['Знак', 'Знак', 'Znak'],
  ['Лаўрыновіч', 'Лавринович', 'Laurynovich'],
  ['Іваноў', 'Иванов', 'Ivanou'],
  ['Петрусевіч', 'Петрусевич', 'Petrusevich'],
  ['Шапавалаў', 'Шаповалов', 'Shapavalau'],
  ['Кавалёў', 'Ковалёв', 'Kavaliou'],
] as const;
const FACILITIES = [
  ['ПК-9 Горкі', 'вул. Дзімітрава, 1, 213410 Горкі'],
  ['ПК-4 Гомель', 'вул. Антошкіна, 3, 246035 Гомель'],
  ['ПК-13 Глыбокае', 'вул. Калініна, 2, 211800 Глыбокае'],
  ['Турма №4 Магілёў', 'вул. Крупскай, 99а, 212011 Магілёў'],
  ['СІЗА-1 Мінск', 'вул. Валадарскага, 2, 220030 Мінск'],
  ['ПК-3 Віцьба', 'п. Віцьба, 211300 Віцебскі р-н'],
  ['ПК-15 Магілёў', 'Слаўгарадская шаша, 183, 212013 Магілёў'],
  ['ПК-17 Шклоў', 'вул. 1-я Заводская, 212780 Шклоў'],
] as const;
const STATUSES = [
  ['imprisoned', 60],
  ['detained', 12],
  ['restricted_freedom', 8],
  ['house_arrest', 2],
  ['released', 12],
  ['pardoned', 4],
  ['expelled', 2],
] as const;
const ARTICLES = ['342', '361-1', '130', '411', '369', '368', '293', '361-4', '356'];

export type BenchRecord = Record<string, unknown> & { id: string; status: string };

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function status(random: () => number): string {
  let roll = random() * 100;
  for (const [s, weight] of STATUSES) if ((roll -= weight) < 0) return s;
  return 'imprisoned';
}

function date(random: () => number, from: number, to: number): string {
  const day = new Date(Date.UTC(from, 0, 1) + Math.floor(random() * (to - from) * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** `n` people as JSON feed records. */
export function generateRecords(n: number, seed = 2026): BenchRecord[] {
  const random = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const [fBe, fRu, fEn] = pick(random, FIRST);
    const [lBe, lRu, lEn] = pick(random, LAST);
    const [facility, address] = pick(random, FACILITIES);
    const s = status(random);
    const held = s !== 'released' && s !== 'pardoned' && s !== 'expelled';
    return {
      id: `bench:${i}`,
      names: [
        { text: `${fBe} ${lBe}`, lang: 'be' },
        { text: `${fRu} ${lRu}`, lang: 'ru' },
        { text: `${fEn} ${lEn}`, lang: 'en' },
      ],
      gender: fEn.endsWith('a') ? 'f' : 'm',
      birthYear: 1950 + Math.floor(random() * 55),
      status: s,
      ...(s === 'expelled' ? { expelledTo: random() < 0.5 ? 'LT' : 'UA' } : {}),
      recognizedAt: date(random, 2020, 2026),
      detainedAt: date(random, 2020, 2026),
      ...(held ? { facility: { name: facility, address } } : {}),
      articles: [pick(random, ARTICLES), pick(random, ARTICLES)].filter((a, k, all) => all.indexOf(a) === k),
      ...(s === 'detained' || s === 'house_arrest'
        ? {}
        : { sentence: { years: 1 + Math.floor(random() * 14), months: Math.floor(random() * 12) } }),
      sourceUrl: `https://prisoners.example.org/person/${i}`,
    };
  });
}

/**
 * About 1 % of records changed the way a real day does: transfers, extra terms, a few releases
 * (under the breaker's 20), new people recognised, spelling fixes.
 */
export function changeOnePercent(records: BenchRecord[], seed = 7): BenchRecord[] {
  const random = prng(seed);
  const next = records.map((r) => ({ ...r }));
  const held = next.map((r, i) => [r, i] as const).filter(([r]) => r.facility !== undefined);
  const touched = new Set<number>();
  const take = () => {
    for (;;) {
      const [r, i] = pick(random, held);
      if (!touched.has(i)) return (touched.add(i), r);
    }
  };
  for (let k = 0; k < 40; k++) take().facility = { name: `ПК-${k + 20}`, address: `${k + 1} Test street` };
  for (let k = 0; k < 20; k++) {
    const r = take();
    r.sentence = { years: ((r.sentence as { years: number } | undefined)?.years ?? 2) + 1, months: 0 };
    r.articles = [...(r.articles as string[]), '411'];
  }
  for (let k = 0; k < 15; k++) take().status = 'released';
  for (let k = 0; k < 15; k++) take().birthYear = 1949;
  for (let k = 0; k < 10; k++) next.push({ ...generateRecords(1, 9000 + k)[0]!, id: `bench:new:${k}` });
  return next;
}
