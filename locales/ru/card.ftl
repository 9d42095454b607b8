# Карточка политзаключённого: только факты, нейтральные формулировки. Данные экранированы заранее.
card-born = Год рождения: { $year }
card-region = Регион: { $region }
card-status = Статус: { $status }
card-status-since = Статус: { $status }, с { $date }
card-expelled-to = Страна: { $country }
card-facility = Место содержания: { $facility }
card-letter-heading = <b>Написать письмо</b>
card-address = Адрес для писем: { $address }
# Checked against published advice (7 Dec 2026): Libereco, "Writing letters to political prisoners"
# (libereco.org: texts must be in Russian or Belarusian; write about everyday, positive things, no
# political statements) and bomega.pl (letters in other languages are thrown away by the censor).
card-letter-how = Пишите по-русски или по-белорусски: каждое письмо читает цензор, а письмо на другом языке могут не передать. Пишите о повседневном, не о деле.
card-detained = Задержание: { $date }
card-sentence = Срок: { $term }
card-penalty = Вид наказания: { $penalty }
card-articles = Статьи Уголовного кодекса: { $articles }
card-recognized = Признание политзаключённым: { $date }
card-last-change = Последнее изменение: { $change }, { $date }
card-missing = С { $date } источник больше не включает этого человека в список.
card-source-as-of = <a href="{ $url }">Источник</a> · данные на { $date }
card-as-of = Данные на { $date }
change-newly_listed = внесение в список
change-detained = задержание
change-sentenced = приговор
change-sentence_changed = изменение срока
change-transferred = перевод в другое место заключения
change-released = освобождение
change-pardoned = помилование
change-expelled = освобождение с вывозом из Беларуси
change-returned_to_custody = снова под стражей после освобождения
change-whereabouts_unknown = местонахождение стало неизвестно
change-contact_restored = местонахождение снова известно
change-died_in_custody = смерть в заключении
card-follow-in-vestka = Следить в Вестке
inline-hint = Введите имя человека, чтобы найти карточку
inline-none = Такого имени нет в списке. Открыть Вестку
inline-invalid = Введите имя кириллицей или латиницей
