/**
 * Belarusian towns a query may carry to tell namesakes apart ("Dzmitry Kazlou, Homiel"), each with
 * its region (the oblast centre's name) so a town matches a record that only gives the region.
 * Romanisations need not be listed: they reach the same phonetic form as the Cyrillic ones.
 */
export interface Place {
  /** The town, by its Belarusian name. */
  name: string;
  /** The oblast, by its centre's Belarusian name. */
  region: string;
  forms: readonly string[];
}

const TABLE = `
Мінск | Мінск | Минск Mińsk Minsk
Брэст | Брэст | Брест Brześć Brest
Віцебск | Віцебск | Витебск Vitebsk Witebsk Wiciebsk
Гомель | Гомель | Гомель Homiel Gomel Homel
Гродна | Гродна | Гродно Hrodna Grodno Hrodno
Магілёў | Магілёў | Могилёв Могилев Mahiliou Mogilev Mohylew Mahiloŭ
Бабруйск | Магілёў | Бобруйск Babrujsk Bobruisk Bobrujsk
Баранавічы | Брэст | Барановичи Baranavichy Baranowicze Baranovichi
Барысаў | Мінск | Борисов Barysau Borisov Borysów
Пінск | Брэст | Пинск Pinsk
Орша | Віцебск | Орша Vorsha Orsza Orsha
Мазыр | Гомель | Мозырь Mazyr Mozyr
Салігорск | Мінск | Солигорск Salihorsk Soligorsk
Наваполацк | Віцебск | Новополоцк Navapolatsk Novopolotsk
Ліда | Гродна | Лида Lida
Маладзечна | Мінск | Молодечно Maladziechna Molodechno
Полацк | Віцебск | Полоцк Polatsk Polotsk Połock
Жлобін | Гомель | Жлобин Zhlobin Żłobin
Светлагорск | Гомель | Светлогорск Svietlahorsk Svetlogorsk
Рэчыца | Гомель | Речица Rechytsa Rechitsa
Жодзіна | Мінск | Жодино Zhodzina Zhodino
Слуцк | Мінск | Слуцк Slutsk Słuck
Кобрын | Брэст | Кобрин Kobryn Kobrin
Слонім | Гродна | Слоним Slonim Słonim
Ваўкавыск | Гродна | Волковыск Vaukavysk Volkovysk Wołkowysk
Калінкавічы | Гомель | Калинковичи Kalinkavichy Kalinkovichi
Смаргонь | Гродна | Сморгонь Smarhon Smorgon
Рагачоў | Гомель | Рогачёв Rahachou Rogachev
Асіповічы | Магілёў | Осиповичи Asipovichy Osipovichi
Горкі | Магілёў | Горки Horki Gorki
Навагрудак | Гродна | Новогрудок Navahrudak Nowogródek Novogrudok
Вілейка | Мінск | Вилейка Vileyka Wilejka
Дзяржынск | Мінск | Дзержинск Dzyarzhynsk Dzerzhinsk
Астравец | Гродна | Островец Astravets Ostrovets
Шклоў | Магілёў | Шклов Shklou Shklov
Крычаў | Магілёў | Кричев Krychau Krichev
Лунінец | Брэст | Лунинец Luninets
Пружаны | Брэст | Пружаны Pruzhany
Іванава | Брэст | Иваново Ivanava
Ашмяны | Гродна | Ошмяны Ashmyany Oszmiana
Глыбокае | Віцебск | Глубокое Hlybokaye Glubokoye
Паставы | Віцебск | Поставы Pastavy Postavy
Лепель | Віцебск | Лепель Lepel
Нясвіж | Мінск | Несвиж Nyasvizh Nesvizh
Мядзел | Мінск | Мядель Myadzel
Чэрвень | Мінск | Червень Cherven
Клімавічы | Магілёў | Климовичи Klimavichy
Касцюковічы | Магілёў | Костюковичи Kastsiukovichy
Добруш | Гомель | Добруш Dobrush
Петрыкаў | Гомель | Петриков Pietrykau Petrikov
Хойнікі | Гомель | Хойники Khoiniki
`;

export const PLACES: readonly Place[] = TABLE.split('\n')
  .map((line) => line.split('|').map((part) => part.trim()))
  .filter((parts): parts is [string, string, string] => parts.length === 3)
  .map(([name, region, forms]) => ({ name, region, forms: [name, ...forms.split(/\s+/)] }));
