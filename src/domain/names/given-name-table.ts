/**
 * Given names that are one name across languages: the Belarusian, Russian and Ukrainian forms, the
 * common short forms, and the foreign forms news use (Alexander, Andrzej, Paul). Romanisations of the
 * Cyrillic forms need not be listed: they reach the same phonetic form (Aliaksandr = Аляксандр).
 * This is a general table of names, not of people.
 */
export interface GivenNameClass {
  gender: 'm' | 'f';
  forms: readonly string[];
}

const MALE = `
Аляксандр Александр Олександр Алесь Саша Сашка Шура Alexander Alexandre Alessandro Alejandro Aleksander Aleks Alex Ales Alaksandar Аляксандар Алесік Санька
Аляксей Алексей Олексій Алёша Лёша Alexei Alexey Aleksiej Alexis Алесь Aleś Ales Алеша Лёха
Анатоль Анатолий Анатолій Толя Anatol Anatole Anatolij Толік Толик
Андрэй Андрей Андрій Андрусь Анджей Анджэй Andrew Andrzej André Andreas Andrea Andrius Andrej Андрэйка Андрюша Андрюха
Антон Антоні Anton Antoni Antoine Антоша Тоша
Арцём Артём Артем Artsiom Artiom Artyom Цёма Тёма
Аляксандр
Багдан Богдан Bohdan
Барыс Борис Barys Boris Боря
Вадзім Вадим Vadzim Вадзік Вадик
Валянцін Валентин Valentine Walenty Валя Валик
Валерый Валерий Валерій Valery Valeri Walery Валера Valera
Васіль Василий Василь Vasil Wasyl Вася Васілёк
Віктар Виктор Віктор Victor Wiktor Viktoras Віця Витя Віцька Vitia Vitya
Віталь Віталій Виталий Vital Witalij Віталік Виталик
Уладзімір Владимир Володимир Уладзь Улад Валодзя Володя Vladimir Wladimir Włodzimierz Volodymyr Vladimiras Вова Вовка Valodzia Vova
Уладзіслаў Владислав Влад Władysław Vladislavas Владик Уладзік
Вячаслаў Вячеслав В'ячеслав Слава Wiaczesław
Генадзь Геннадий Геннадій Гена Gennady Gennadi 
Юрый Юрий Юрій Юра Jerzy Jurij Jury Yuri Iouri Georgy Георгий Георгій Юрась Юрка Юрачка
Ягор Егор Єгор Yegor Jegor Ягорка Егорка
Рыгор Григорий Григорій Рыгорый Hryhoriy Gregory Grzegorz Grigori Грыша Гриша Рыгорка
Дзяніс Денис Dzianis Denis Dennis Дзеня
Дзмітрый Дзмітры Дмитрий Дмитро Зміцер Зьміцер Змітрок Дзіма Дима Dzmitry Dmitri Dimitri Zmicier Zmitser Dmytro Demetrius Дзімка Митя Міця Дзімон
Яўген Яўгені Евгений Євген Жэня Женя Eugene Evgeni Jewgeni Eugeniusz Yauheni Жэнька Женька
Іван Иван Ваня Ivan Iwan Jan Ян Янка Ivanas Ioann Ванька Іванка Ясь
Ігар Игорь Ігор Ihar Igor Igoris Ігарок Игорёк
Ілья Илья Ілля Ilya Illia Ilia Elijah Ільюша Илюша
Кірыл Кирилл Кирило Kiryl Kirill Cyril Cyrille Kiril Кірюша Кирюша
Канстанцін Константин Костянтин Кастусь Косця Костя Kanstantsin Konstantin Constantin Constantine Konstanty Кастусёк
Леанід Леонид Леонід Лёня Leanid Leonid Leonidas Лёнька
Максім Максим Maksim Maxim Maksym Maxime Max Maksimas Максімка Максик
Мікалай Николай Микола Мікола Міколка Коля Mikalai Mikola Mikołaj Nicholas Nicolas Nikolaus Nicolai Nikolajus Колька
Міхаіл Михаил Михайло Міхась Міхал Мiша Миша Michael Michał Michail Michel Michele Mikhas Mihail Мішка Мишка Misha
Мікіта Никита Микита Mikita Nikita Мікітка Никитка
Алег Олег Aleh Oleg Oleh
Павел Павал Павло Паша Паўлюк Paul Paweł Paolo Pablo Pavelas Паўлік Павлик Pasha
Пётр Пятро Петро Петр Piotr Peter Pierre Pyotr Petras Pietro Пеця Петя Петька Petia
Раман Роман Roman Romain Рома Ромка Roma
Руслан Ruslan
Сяргей Сергей Сергій Серж Siarhei Sergei Serge Sergiusz Sergio Sergejus Сярожа Серёжа Сережа Сярога Seryozha Serezha Siarozha
Сымон Семён Семен Symon Simon Szymon
Сцяпан Степан Стефан Stephen Stefan Steven Stepan Stéphane
Станіслаў Станислав Стась Stanisław Стас Stas
Тарас Taras
Фёдар Хведар Федор Фёдор Федір Fiodar Fyodor Theodor Teodor Федя Фэдзя
Эдуард Едуард Eduard Edward Edvard Эдзік Эдик
Яраслаў Ярослав Jarosław Yaroslav Ярык Ярик
Язэп Іосіф Иосиф Осип Юзаф Józef Joseph Josef Iosif
Аркадзь Аркадий Аркадій Arkady Arkadiusz Аркаша
Цімафей Тимофей Тимофій Цімох Timothy Tymoteusz Timofey
Філіп Филипп Пилип Filip Philip Philippe
Мацвей Матвей Матвій Matthew Mateusz Matvey
Даніла Данила Даниил Данило Данііл Daniel Daniil Danila Даня Данік
Глеб Hleb Gleb Глебка
Артур Arthur Artur
Лявон Леон Леонт Lavon Leon
Святаслаў Святослав Sviatoslav
Яўгені
Мікалай
Эрык Эрик Erik Eric
Вольф
Тадэвуш Тадеуш Tadeusz
Генрых Генрих Henryk Heinrich
Ўладзімір
Алесь
Аляксандр
Вітольд Витольд Witold
Ігнат Игнат Ignacy
Кузьма Кузьма Kuzma
Лукаш Лука Лукаш Łukasz Luke Luca
Мікола
Міраслаў Мирослав Mirosław
Назар Nazar
Нікіта
Рыгор
Ростислав Расціслаў Rostislav
Эміль Эмиль Emil
Юліян Юлиан Julian
Давыд Давід Давид David Dawid Dovid
Ціхан Тихон Tikhon Tichon
Арсеній Арсений Арсен Arseniy Arsenij
Францішак Франциск Франц Francis Franciszek François
Герман Herman Hermann
Марат Marat
Радзім Радим Radim
`;

const FEMALE = `
Вольга Ольга Оля Volha Olga Olha Olia Olya Helga Воля Волечка Олечка
Ганна Анна Аня Hanna Anna Ania Anja Anne Ганулька Анечка Ганначка Hanka
Анастасія Анастасия Наста Настя Nastassia Anastasia Anastazja Nastya Anastasija Настачка Настенька Настуля Nastia
Марыя Мария Марія Маша Maryja Maria Marie Mary Marija Маня Марыйка Машка Masha
Марына Марина Maryna Marina Maryna
Марфа Martha Marta Marfa
Святлана Светлана Світлана Света Sviatlana Swietłana Swiatłana Svetlana Śviatłana Світа Светка Sveta
Наталля Наталья Наталия Наталія Наташа Natalia Natalie Nathalie Natalya Natallia Natalja Наташка Ната
Ірына Ирина Ірина Ира Irena Irene Irina Iryna Ірка Ирка Ирочка
Алена Елена Олена Алёна Лена Helena Hélène Elena Yelena Olena Alena Jelena Ленка Алёнка
Галіна Галина Halina Galina Галя Галька Halia Galya
Тацяна Татьяна Тетяна Таня Tatsiana Tatiana Tatyana Taciana Tetiana Tatjana Танька Танечка Tania
Кацярына Екатерина Катерина Катя Каця Katsiaryna Catherine Katarzyna Ekaterina Kateryna Katharina Kasia Катька Катюша Kacia
Юлія Юлия Yulia Julia Julie Juliya Julija Юля Юлька Юлечка
Ксенія Ксения Ксюша Xenia Ksenia Kseniya Ксеня Ksiusha
Дар'я Дарья Даря Дарина Даша Daria Darya Dasha Darja Дашка
Людміла Людмила Люда Liudmila Lyudmila Ludmila Ludmiła Мила Люся Liuda
Валянціна Валентина Valiantsina Valentina Walentyna Валя Валюша
Вікторыя Виктория Вікторія Victoria Wiktoria Viktoria Віка Вика Вікуся Vika Wika
Ларыса Лариса Larysa Larisa Лара Лора
Алеся Олеся Alesia Olesya Alesya Леся Lesia
Аксана Оксана Aksana Oksana Ксана Оксанка
Ніна Нина Nina
Надзея Надежда Надія Надзя Надя Nadzeya Nadezhda Nadia Nadzieja 
Вера Віра Viera Vera Wiera
Любоў Любовь Любов Люба Liubou Lyubov Luba
Яна Jana Yana
Софія Софья София Соф'я Соня Sofia Sophia Sophie Zofia Sofya Sofija Sonia Sonya
Лізавета Елизавета Єлизавета Ліза Elizabeth Elżbieta Elisabeth Lizaveta Elizaveta Лиза Liza
Жанна Жана Zhanna Jeanne Żanna
Ала Алла Ala Alla
Паліна Полина Поліна Palina Polina Paulina Pauline Поля Паля Polia
Дзіяна Диана Діана Diana Dziyana
Лілія Лилия Lilia Liliya
Яўгенія Евгения Євгенія Eugenia Yauheniya Evgenia Жэня Женя Zhenia
Аляксандра Александра Олександра Саша Alexandra Aleksandra Aliaksandra Sasha Шура Санька
Маргарыта Маргарита Рита Margarita Marharyta Małgorzata Margaret Рыта Rita
Тамара Tamara
Інна Инна Inna
Крысціна Кристина Христина Krystsina Kristina Christina Krystyna Крыся Кристя
Ева Єва Yeva Eva Ewa
Эліна Элина Elina
Ульяна Уляна Ulyana Уля Ulia
Вольга
Кіра Кира Kira
Дзіна Дина Dina
Мая Майя Maja Maya
Зоя Zoya Zoja
Раіса Раиса Raisa
Антаніна Антонина Antonina Тоня Tonia
Валерыя Валерия Valeria Лера Lera
Ганна
Эльвіра Elvira
Іна Ina
Вераніка Вероника Veronika Weronika Ніка Ника
Алена
Таісія Таисия Taisia
Лідзія Лидия Lidia
Кацярына
Жэня
Уладзіслава Владислава Vladislava
Яніна Янина Janina Yanina
Ядвіга Ядвига Jadwiga Yadviga
Ангеліна Ангелина Angelina
Арына Арина Aryna Arina
Карына Карина Karyna Karina
Анжэла Анжела Anzhela Angela Angela
Ілона Илона Ilona
Аліна Алина Alina
Сняжана Снежана Sniazhana Snezhana
`;

function parse(block: string, gender: 'm' | 'f'): GivenNameClass[] {
  return block
    .split('\n')
    .map((line) => line.trim().split(/\s+/).filter(Boolean))
    .filter((forms) => forms.length > 1)
    .map((forms) => ({ gender, forms }));
}

export const GIVEN_NAME_CLASSES: readonly GivenNameClass[] = [...parse(MALE, 'm'), ...parse(FEMALE, 'f')];
