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
Аляксандр Александр Олександр Алесь Саша Сашка Шура Alexander Alexandre Alessandro Alejandro Aleksander Aleks Alex Ales Alaksandar
Аляксей Алексей Олексій Алёша Лёша Alexei Alexey Aleksiej Alexis
Анатоль Анатолий Анатолій Толя Anatol Anatole Anatolij
Андрэй Андрей Андрій Андрусь Анджей Анджэй Andrew Andrzej André Andreas Andrea Andrius Andrej
Антон Антоні Anton Antoni Antoine
Арцём Артём Артем Artsiom Artiom Artyom
Аляксандр
Багдан Богдан Bohdan
Барыс Борис Barys Boris
Вадзім Вадим Vadzim
Валянцін Валентин Valentine Walenty
Валерый Валерий Валерій Valery Valeri Walery
Васіль Василий Василь Vasil Wasyl
Віктар Виктор Віктор Victor Wiktor Viktoras
Віталь Віталій Виталий Vital Witalij
Уладзімір Владимир Володимир Уладзь Улад Валодзя Володя Vladimir Wladimir Włodzimierz Volodymyr Vladimiras
Уладзіслаў Владислав Влад Władysław Vladislavas
Вячаслаў Вячеслав В'ячеслав Слава Wiaczesław
Генадзь Геннадий Геннадій Гена Gennady Gennadi
Юрый Юрий Юрій Юра Jerzy Jurij Jury Yuri Iouri Georgy Георгий Георгій Юрась
Ягор Егор Єгор Yegor Jegor
Рыгор Григорий Григорій Рыгорый Hryhoriy Gregory Grzegorz Grigori
Дзяніс Денис Dzianis Denis Dennis
Дзмітрый Дзмітры Дмитрий Дмитро Зміцер Зьміцер Змітрок Дзіма Дима Dzmitry Dmitri Dimitri Zmicier Zmitser Dmytro Demetrius
Яўген Яўгені Евгений Євген Жэня Женя Eugene Evgeni Jewgeni Eugeniusz Yauheni
Іван Иван Ваня Ivan Iwan Jan Ян Янка Ivanas Ioann
Ігар Игорь Ігор Ihar Igor Igoris
Ілья Илья Ілля Ilya Illia Ilia Elijah
Кірыл Кирилл Кирило Kiryl Kirill Cyril Cyrille Kiril
Канстанцін Константин Костянтин Кастусь Косця Костя Kanstantsin Konstantin Constantin Constantine Konstanty
Леанід Леонид Леонід Лёня Leanid Leonid Leonidas
Максім Максим Maksim Maxim Maksym Maxime Max Maksimas
Мікалай Николай Микола Мікола Міколка Коля Mikalai Mikola Mikołaj Nicholas Nicolas Nikolaus Nicolai Nikolajus
Міхаіл Михаил Михайло Міхась Міхал Мiша Миша Michael Michał Michail Michel Michele Mikhas Mihail
Мікіта Никита Микита Mikita Nikita
Алег Олег Aleh Oleg Oleh
Павел Павал Павло Паша Паўлюк Paul Paweł Paolo Pablo Pavelas
Пётр Пятро Петро Петр Piotr Peter Pierre Pyotr Petras Pietro
Раман Роман Roman Romain
Руслан Ruslan
Сяргей Сергей Сергій Серж Siarhei Sergei Serge Sergiusz Sergio Sergejus
Сымон Семён Семен Symon Simon Szymon
Сцяпан Степан Стефан Stephen Stefan Steven Stepan Stéphane
Станіслаў Станислав Стась Stanisław
Тарас Taras
Фёдар Хведар Федор Фёдор Федір Fiodar Fyodor Theodor Teodor
Эдуард Едуард Eduard Edward Edvard
Яраслаў Ярослав Jarosław Yaroslav
Язэп Іосіф Иосиф Осип Юзаф Józef Joseph Josef Iosif
Аркадзь Аркадий Аркадій Arkady Arkadiusz
Цімафей Тимофей Тимофій Цімох Timothy Tymoteusz Timofey
Філіп Филипп Пилип Filip Philip Philippe
Мацвей Матвей Матвій Matthew Mateusz Matvey
Даніла Данила Даниил Данило Данііл Daniel Daniil Danila
Глеб Hleb Gleb
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
Вольга Ольга Оля Volha Olga Olha Olia Olya Helga
Ганна Анна Аня Hanna Anna Ania Anja Anne Ганулька
Анастасія Анастасия Наста Настя Nastassia Anastasia Anastazja Nastya Anastasija
Марыя Мария Марія Маша Maryja Maria Marie Mary Marija
Марына Марина Maryna Marina Maryna
Марфа Martha Marta Marfa
Святлана Светлана Світлана Света Sviatlana Swietłana Swiatłana Svetlana Śviatłana
Наталля Наталья Наталия Наталія Наташа Natalia Natalie Nathalie Natalya Natallia Natalja
Ірына Ирина Ірина Ира Irena Irene Irina Iryna
Алена Елена Олена Алёна Лена Helena Hélène Elena Yelena Olena Alena Jelena
Галіна Галина Halina Galina
Тацяна Татьяна Тетяна Таня Tatsiana Tatiana Tatyana Taciana Tetiana Tatjana
Кацярына Екатерина Катерина Катя Каця Katsiaryna Catherine Katarzyna Ekaterina Kateryna Katharina Kasia
Юлія Юлия Yulia Julia Julie Juliya Julija
Ксенія Ксения Ксюша Xenia Ksenia Kseniya
Дар'я Дарья Даря Дарина Даша Daria Darya Dasha Darja
Людміла Людмила Люда Liudmila Lyudmila Ludmila Ludmiła
Валянціна Валентина Valiantsina Valentina Walentyna
Вікторыя Виктория Вікторія Victoria Wiktoria Viktoria
Ларыса Лариса Larysa Larisa
Алеся Олеся Alesia Olesya Alesya
Аксана Оксана Aksana Oksana
Ніна Нина Nina
Надзея Надежда Надія Надзя Надя Nadzeya Nadezhda Nadia Nadzieja
Вера Віра Viera Vera Wiera
Любоў Любовь Любов Люба Liubou Lyubov Luba
Яна Jana Yana
Софія Софья София Соф'я Соня Sofia Sophia Sophie Zofia Sofya Sofija
Лізавета Елизавета Єлизавета Ліза Elizabeth Elżbieta Elisabeth Lizaveta Elizaveta
Жанна Жана Zhanna Jeanne Żanna
Ала Алла Ala Alla
Паліна Полина Поліна Palina Polina Paulina Pauline
Дзіяна Диана Діана Diana Dziyana
Лілія Лилия Lilia Liliya
Яўгенія Евгения Євгенія Eugenia Yauheniya Evgenia
Аляксандра Александра Олександра Саша Alexandra Aleksandra Aliaksandra Sasha
Маргарыта Маргарита Рита Margarita Marharyta Małgorzata Margaret
Тамара Tamara
Інна Инна Inna
Крысціна Кристина Христина Krystsina Kristina Christina Krystyna
Ева Єва Yeva Eva Ewa
Эліна Элина Elina
Ульяна Уляна Ulyana
Вольга
Кіра Кира Kira
Дзіна Дина Dina
Мая Майя Maja Maya
Зоя Zoya Zoja
Раіса Раиса Raisa
Антаніна Антонина Antonina
Валерыя Валерия Valeria
Ганна
Эльвіра Elvira
Іна Ina
Вераніка Вероника Veronika Weronika
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
