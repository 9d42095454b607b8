# Ежедневный дайджест: числа, сколько людей в заключении, по строке на человека. Данные экранированы заранее.
digest-title = <b>Дайджест Вестки</b>, { $from } – { $to }
digest-held = Сейчас в заключении: { $count } { digest-prisoners }.
digest-held-same = Сейчас в заключении: { $count } { digest-prisoners }, столько же, сколько в прошлом дайджесте.
digest-held-up = Сейчас в заключении: { $count } { digest-prisoners }, на { $change } больше, чем в прошлом дайджесте.
digest-held-down = Сейчас в заключении: { $count } { digest-prisoners }, на { $change } меньше, чем в прошлом дайджесте.
digest-prisoners = { $count ->
    [one] политзаключённый
    [few] политзаключённых
    [many] политзаключённых
   *[other] политзаключённого
}
digest-empty = За этот период изменений нет.
digest-counts = Изменения: { $list }.
digest-count-newly_listed = { $count ->
    [one] { $count } новое имя в списке
    [few] { $count } новых имени в списке
    [many] { $count } новых имён в списке
   *[other] { $count } новых имени в списке
}
digest-count-detained = { $count ->
    [one] { $count } задержание
    [few] { $count } задержания
    [many] { $count } задержаний
   *[other] { $count } задержания
}
digest-count-returned_to_custody = { $count ->
    [one] { $count } повторное задержание
    [few] { $count } повторных задержания
    [many] { $count } повторных задержаний
   *[other] { $count } повторных задержания
}
digest-count-sentenced = { $count ->
    [one] { $count } приговор
    [few] { $count } приговора
    [many] { $count } приговоров
   *[other] { $count } приговора
}
digest-count-sentence_changed = { $count ->
    [one] { $count } изменение срока
    [few] { $count } изменения срока
    [many] { $count } изменений срока
   *[other] { $count } изменения срока
}
digest-count-transferred = { $count ->
    [one] { $count } перевод
    [few] { $count } перевода
    [many] { $count } переводов
   *[other] { $count } перевода
}
digest-count-released = { $count ->
    [one] { $count } освобождение
    [few] { $count } освобождения
    [many] { $count } освобождений
   *[other] { $count } освобождения
}
digest-count-released_end_of_term = { $count ->
    [one] { $count } освобождение по окончании срока
    [few] { $count } освобождения по окончании срока
    [many] { $count } освобождений по окончании срока
   *[other] { $count } освобождения по окончании срока
}
digest-count-pardoned = { $count ->
    [one] { $count } помилование
    [few] { $count } помилования
    [many] { $count } помилований
   *[other] { $count } помилования
}
digest-count-expelled = { $count ->
    [one] { $count } высылка за границу
    [few] { $count } высылки за границу
    [many] { $count } высылок за границу
   *[other] { $count } высылки за границу
}
digest-count-whereabouts_unknown = { $count ->
    [one] { $count } человек, чьё местонахождение неизвестно
    [few] { $count } человека, чьё местонахождение неизвестно
    [many] { $count } человек, чьё местонахождение неизвестно
   *[other] { $count } человека, чьё местонахождение неизвестно
}
digest-count-contact_restored = { $count ->
    [one] { $count } восстановление связи
    [few] { $count } восстановления связи
    [many] { $count } восстановлений связи
   *[other] { $count } восстановления связи
}
digest-count-died_in_custody = { $count ->
    [one] { $count } смерть в заключении
    [few] { $count } смерти в заключении
    [many] { $count } смертей в заключении
   *[other] { $count } смерти в заключении
}
digest-section-grave = <b>Смерти в заключении и неизвестное местонахождение</b>
digest-section-listed = <b>Новые в списке и задержанные</b>
digest-section-verdicts = <b>Приговоры и изменения сроков</b>
digest-section-transfers = <b>Переводы</b>
digest-section-releases = <b>Освобождения</b>
digest-section-other = <b>Другое</b>
digest-entry-newly_listed = • { $name }: признание политзаключённым
digest-entry-detained = • { $name }: задержание
digest-entry-returned_to_custody = • { $name }: снова в заключении после освобождения
digest-entry-sentenced = • { $name }: приговор
digest-entry-sentenced-term = • { $name }: приговор, { $term }
digest-entry-sentence_changed = • { $name }: срок изменён
digest-entry-sentence_changed-term = • { $name }: срок изменён, теперь { $term }
digest-entry-transferred = • { $name }: перевод
digest-entry-transferred-to = • { $name }: перевод в { $facility }
digest-entry-released = • { $name }: освобождение
digest-entry-released_end_of_term = • { $name }: освобождение по окончании срока
digest-entry-pardoned = • { $name }: помилование
digest-entry-expelled = • { $name }: освобождение и высылка, страна: { $country }
digest-entry-expelled-somewhere = • { $name }: освобождение и высылка из Беларуси
digest-entry-whereabouts_unknown = • { $name }: местонахождение неизвестно
digest-entry-contact_restored = • { $name }: связь восстановлена
digest-entry-died_in_custody = • { $name }: смерть в заключении
digest-entry-earlier = { $entry } (ранее за этот период: { $list })

# /digest
digest-settings-title = <b>Ежедневный дайджест</b>
digest-settings-on = Включён: каждый день в { $hour } ({ $timezone }).
digest-settings-off = Выключен. Включите, чтобы раз в день получать одно сообщение со всеми изменениями в списке.
digest-settings-zone-alias = { $timezone } — тот же часовой пояс, что { $canonical }.
digest-settings-scope-all = Охват: все изменения в списке.
digest-settings-scope-followed = Охват: только люди, за которыми вы следите.
digest-settings-empty-on = В дни без изменений: короткое сообщение «изменений нет».
digest-settings-empty-off = В дни без изменений: ничего.
digest-settings-hint = Другой час: /digest_hour 21. Другой часовой пояс: /digest_tz America/Toronto.
digest-turn-on = Включить дайджест
digest-turn-off = Выключить дайджест
digest-scope-all-button = Всё
digest-scope-followed-button = Только мои
digest-empty-on-button = Присылать «изменений нет»
digest-empty-off-button = Ничего в тихие дни
digest-zone-Europe-Minsk = Минск
digest-zone-Europe-Vilnius = Вильнюс
digest-zone-Europe-Warsaw = Варшава
digest-zone-Europe-Kyiv = Киев
digest-zone-Europe-Berlin = Берлин
digest-zone-Europe-London = Лондон
digest-zone-America-New_York = Нью-Йорк
digest-hour-usage = Укажите час числом от 0 до 23, например: /digest_hour 21
digest-tz-usage = Укажите часовой пояс, например: /digest_tz Europe/Vilnius (список: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)
digest-tz-unknown = Такого часового пояса я не знаю. Попробуйте вид Регион/Город латиницей, например Europe/Vilnius.
cmd-digest = ежедневный дайджест: вкл/выкл, час, пояс, охват
digest-settings-chart-off = График числа политзаключённых: выключен.
digest-settings-chart-daily = График числа политзаключённых: перед каждым дайджестом.
digest-settings-chart-weekly = График числа политзаключённых: перед первым дайджестом каждой недели.
digest-chart-off-button = Без графика
digest-chart-daily-button = График каждый раз
digest-chart-weekly-button = График раз в неделю
digest-birthdays-title = <b>Дни рождения на этой неделе</b>
digest-birthdays-none = На этой неделе ни у кого из находящихся в заключении нет дня рождения (по датам рождения, которые даёт список).
digest-birthday-line = • { $name }: { $date }, исполняется { $age }
digest-birthday-address = { "  " }{ $facility }, { $address }
digest-birthday-facility = { "  " }{ $facility } (почтовый адрес не указан)
# Checked against published advice (7 Dec 2026): Libereco, "Writing letters to political prisoners"
# (libereco.org: texts must be in Russian or Belarusian; write about everyday, positive things, no
# political statements) and bomega.pl (letters in other languages are thrown away by the censor).
digest-birthdays-how = Пишите по-русски или по-белорусски: каждое письмо читает цензор, а письмо на другом языке могут не передать. Пишите о повседневном, не о деле.
digest-settings-birthdays-on = Дни рождения на неделе: в конце каждого дайджеста.
digest-settings-birthdays-off = Дни рождения на неделе: не показываются.
digest-birthdays-on-button = Добавить дни рождения
digest-birthdays-off-button = Без дней рождения

# The weekly edition (/digest_weekly)
digest-weekly-title = <b>Еженедельный дайджест Вестки</b>, неделя { $from } – { $to }
digest-settings-on-weekly = Включён, раз в неделю: { $day } в { $hour } ({ $timezone }), за прошлую неделю с понедельника по воскресенье.
digest-settings-weekly-hint = Раз в неделю вместо каждого дня: /digest_weekly пн (любой день, пн … вс или mon … sun).
digest-settings-weekly-hint-off = Другой день: /digest_weekly пт. Снова каждый день: /digest_weekly off.
digest-weekly-usage = Укажите день недели для еженедельного дайджеста или off, чтобы снова получать его каждый день, например: /digest_weekly пн (пн, вт, ср, чт, пт, сб, вс, mon … sun или 1-7).
cmd-digest-weekly = дайджест раз в неделю: день или off
digest-weekday-1 = в понедельник
digest-weekday-2 = во вторник
digest-weekday-3 = в среду
digest-weekday-4 = в четверг
digest-weekday-5 = в пятницу
digest-weekday-6 = в субботу
digest-weekday-7 = в воскресенье
