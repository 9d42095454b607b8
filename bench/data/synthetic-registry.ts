/**
 * A synthetic register for speed figures: persons with a Belarusian, a Russian and an English
 * (Viasna-style) name, built from common given names and surname roots with the usual Belarusian
 * endings, by a seeded generator so every run sees the same register.
 */
export interface SyntheticPerson {
  id: string;
  gender: 'm' | 'f';
  birthYear: number;
  region: string;
  names: { text: string; lang: 'be' | 'ru' | 'en' }[];
}

/** mulberry32: small, fast and good enough to pick names. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [be, ru] pairs; the English form is romanised from the Belarusian one.
const MALE: readonly (readonly [string, string])[] = [
  ['Аляксандр', 'Александр'], ['Сяргей', 'Сергей'], ['Дзмітрый', 'Дмитрий'], ['Андрэй', 'Андрей'], ['Мікалай', 'Николай'],
  ['Уладзімір', 'Владимир'], ['Аляксей', 'Алексей'], ['Віктар', 'Виктор'], ['Павел', 'Павел'], ['Ігар', 'Игорь'],
  ['Юрый', 'Юрий'], ['Яўген', 'Евгений'], ['Максім', 'Максим'], ['Іван', 'Иван'], ['Вадзім', 'Вадим'], ['Раман', 'Роман'],
  ['Дзяніс', 'Денис'], ['Віталь', 'Виталий'], ['Алег', 'Олег'], ['Антон', 'Антон'], ['Кірыл', 'Кирилл'], ['Міхаіл', 'Михаил'],
  ['Арцём', 'Артём'], ['Вячаслаў', 'Вячеслав'], ['Леанід', 'Леонид'], ['Канстанцін', 'Константин'], ['Генадзь', 'Геннадий'],
  ['Валерый', 'Валерий'], ['Ілья', 'Илья'], ['Пётр', 'Пётр'], ['Мікіта', 'Никита'], ['Уладзіслаў', 'Владислав'],
];
const FEMALE: readonly (readonly [string, string])[] = [
  ['Вольга', 'Ольга'], ['Наталля', 'Наталья'], ['Святлана', 'Светлана'], ['Ірына', 'Ирина'], ['Таццяна', 'Татьяна'],
  ['Алена', 'Елена'], ['Марыя', 'Мария'], ['Ганна', 'Анна'], ['Кацярына', 'Екатерина'], ['Юлія', 'Юлия'],
  ['Марына', 'Марина'], ['Людміла', 'Людмила'], ['Ксенія', 'Ксения'], ['Дар\'я', 'Дарья'], ['Анастасія', 'Анастасия'],
  ['Вікторыя', 'Виктория'], ['Галіна', 'Галина'], ['Валянціна', 'Валентина'], ['Надзея', 'Надежда'], ['Ала', 'Алла'],
];
const PATRONYMIC_ROOTS: readonly (readonly [string, string])[] = [
  ['Аляксандрав', 'Александров'], ['Сяргеев', 'Сергеев'], ['Мікалаев', 'Николаев'], ['Віктарав', 'Викторов'],
  ['Уладзімірав', 'Владимиров'], ['Іванав', 'Иванов'], ['Пятров', 'Петров'], ['Міхайлав', 'Михайлов'], ['Юр\'ев', 'Юрьев'],
];

const ROOTS = `Казл Іван Пятр Кавал Навік Мельнік Шаўч Бандар Краўч Ткач Савіц Лукаш Марчэн Грыц Жук Воўк Сакал Бел Чарн Сідар
Клім Бабар Стэфан Лабк Адам Ціхан Калесн Бурл Гаўрыл Зайц Мароз Кузняц Панамар Мацкев Лявон Рудз Шыл Карп Юрк Дуб Ляшк
Гарбач Сушк Пашк Літвін Яроцк Кучар Пракоп Гуд Старав Максім Федарук Агеен Русак Багдан Быч Гардзе Крыв Шэметк Грынкев
Лаўрэн Кулак Дзям'ян Вашк Трафім Барыс Яўмен Хвал Стральц Лапац Міхалк Курыл Мядзвед Сямаш Салаўі Дамаш Антан Баранав
Кірыл Жыгал Радзюк Тарасев Чарняўск Самусев Заранк Дашк Макар Пецярск Палуб Ругел Сасноўск Гарбацк Шчарбак Жданав Апанас`;
const SURNAME_ROOTS = ROOTS.split(/\s+/).filter(Boolean);

// [Belarusian masculine, Belarusian feminine, Russian masculine, Russian feminine] endings.
const ENDINGS: readonly (readonly [string, string, string, string])[] = [
  ['оў', 'ова', 'ов', 'ова'], ['аў', 'ава', 'ов', 'ова'], ['скі', 'ская', 'ский', 'ская'], ['овіч', 'овіч', 'ович', 'ович'],
  ['евіч', 'евіч', 'евич', 'евич'], ['энка', 'энка', 'енко', 'енко'], ['чык', 'чык', 'чик', 'чик'], ['ук', 'ук', 'ук', 'ук'],
  ['ец', 'ец', 'ец', 'ец'], ['ін', 'іна', 'ин', 'ина'], ['ёнак', 'ёнак', 'ёнок', 'ёнок'], ['еня', 'еня', 'еня', 'еня'],
];

// Russian spelling of a Belarusian word, roughly: the reverse of аканне and the letters Belarusian has alone.
function russianFromBelarusian(word: string): string {
  let out = word.replace(/і/g, 'и').replace(/ў/g, 'в').replace(/шч/g, 'щ').replace(/дз/g, 'д').replace(/ц(?=[ія])/g, 'т').replace(/'/g, 'ь');
  out = out.replace(/э/g, 'е');
  // Belarusian writes the unstressed о as а; put о back in the middle of roots, as Russian has it.
  return out.replace(/([бвгдзклмнпрстфхцчшж])а([бвгдзклмнпрстфхцчшж])/g, (m, a: string, b: string, at: number) => (at % 2 === 0 ? `${a}о${b}` : m));
}

const LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', д: 'd', ж: 'zh', з: 'z', і: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ы: 'y', ь: '', э: 'e', "'": '',
};
const SOFT: Readonly<Record<string, string>> = { е: 'e', ё: 'o', ю: 'u', я: 'a' };

/** Viasna-style English romanisation of a Belarusian word. */
export function romaniseBelarusian(word: string): string {
  let out = '';
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const prev = lower[i - 1];
    if (ch in SOFT) {
      const afterConsonant = prev !== undefined && !'аеёіоуыэюя\'ь'.includes(prev);
      out += (afterConsonant ? 'i' : i === 0 ? 'y' : 'i') + SOFT[ch]!;
    } else if (ch === 'д' && lower[i + 1] === 'з') {
      out += 'dz';
      i++;
    } else out += LATIN[ch] ?? ch;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const REGIONS = ['Мінск', 'Гомель', 'Брэст', 'Віцебск', 'Гродна', 'Магілёў', 'Бабруйск', 'Пінск', 'Барысаў', 'Ліда'];

export function generateRegistry(count: number, seed = 20260320): SyntheticPerson[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const persons: SyntheticPerson[] = [];
  for (let i = 0; i < count; i++) {
    const gender = random() < 0.8 ? 'm' : 'f';
    const [givenBe, givenRu] = pick(gender === 'm' ? MALE : FEMALE);
    const root = pick(SURNAME_ROOTS) + (random() < 0.35 ? pick(['ан', 'ел', 'ін', 'ар', 'ус', 'ыш']) : '');
    const [beM, beF, ruM, ruF] = pick(ENDINGS);
    const surnameBe = root + (gender === 'm' ? beM : beF);
    const surnameRu = russianFromBelarusian(root) + (gender === 'm' ? ruM : ruF);
    const [patBe, patRu] = pick(PATRONYMIC_ROOTS);
    const patronymicBe = patBe + (gender === 'm' ? 'іч' : 'на');
    const patronymicRu = patRu + (gender === 'm' ? 'ич' : 'на');
    persons.push({
      id: `syn-${i + 1}`,
      gender,
      birthYear: 1950 + Math.floor(random() * 56),
      region: pick(REGIONS),
      names: [
        { text: `${surnameBe} ${givenBe} ${patronymicBe}`, lang: 'be' },
        { text: `${surnameRu} ${givenRu} ${patronymicRu}`, lang: 'ru' },
        { text: `${romaniseBelarusian(givenBe)} ${romaniseBelarusian(surnameBe)}`, lang: 'en' },
      ],
    });
  }
  return persons;
}

/** Queries as people type them: another script, surname first or last, a typo, or nobody registered. */
export interface SyntheticQuery {
  text: string;
  /** The person the query was made from; undefined for a name made up to match nobody. */
  expected?: string;
}

export function generateQueries(registry: readonly SyntheticPerson[], count: number, seed = 7): SyntheticQuery[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const queries: SyntheticQuery[] = [];
  for (let i = 0; i < count; i++) {
    const person = pick(registry);
    const name = pick(person.names).text.split(' ');
    let words = name.length === 3 ? [name[1]!, name[0]!] : name;
    if (random() < 0.3) words = [...words].reverse();
    let text = words.join(' ');
    if (random() < 0.3) {
      const at = 1 + Math.floor(random() * (text.length - 2));
      text = text.slice(0, at) + text.slice(at + 1);
    }
    if (random() < 0.15) queries.push({ text: `${romaniseBelarusian(pick(MALE)[0])} ${romaniseBelarusian(pick(SURNAME_ROOTS))}ovich` });
    else queries.push({ text, expected: person.id });
  }
  return queries;
}
