# Оповещения о человеке для тех, кто за ним следит. Нейтральные формулировки; данные экранированы заранее.
alert-newly_listed = { $gender ->
    [f] <b>{ $name }</b> внесена в список политзаключённых.
    [m] <b>{ $name }</b> внесён в список политзаключённых.
   *[other] <b>{ $name }</b>: внесён(а) в список политзаключённых.
}
alert-detained = { $gender ->
    [f] <b>{ $name }</b> задержана.
    [m] <b>{ $name }</b> задержан.
   *[other] <b>{ $name }</b>: задержан(а).
}
alert-sentenced = <b>{ $name }</b>: вынесен приговор.
alert-sentence_changed = <b>{ $name }</b>: срок изменён.
alert-transferred = <b>{ $name }</b>: перевод в другое место заключения.
alert-released = { $gender ->
    [f] <b>{ $name }</b> освобождена.
    [m] <b>{ $name }</b> освобождён.
   *[other] <b>{ $name }</b>: освобождён(а).
}
alert-pardoned = { $gender ->
    [f] <b>{ $name }</b> помилована.
    [m] <b>{ $name }</b> помилован.
   *[other] <b>{ $name }</b>: помилован(а).
}
alert-expelled = { $gender ->
    [f] <b>{ $name }</b> освобождена и вывезена из Беларуси, страна: { $country }.
    [m] <b>{ $name }</b> освобождён и вывезен из Беларуси, страна: { $country }.
   *[other] <b>{ $name }</b>: освобождён(а) и вывезен(а) из Беларуси, страна: { $country }.
}
alert-expelled-somewhere = { $gender ->
    [f] <b>{ $name }</b> освобождена и вывезена из Беларуси.
    [m] <b>{ $name }</b> освобождён и вывезен из Беларуси.
   *[other] <b>{ $name }</b>: освобождён(а) и вывезен(а) из Беларуси.
}
alert-returned_to_custody = <b>{ $name }</b>: снова под стражей после освобождения.
alert-whereabouts_unknown = <b>{ $name }</b>: по данным источника, сейчас неизвестно, где находится этот человек. Мы сообщим, как только появятся новости.
alert-contact_restored = <b>{ $name }</b>: снова известно, где содержится этот человек.
alert-died_in_custody = { $gender ->
    [f] Нам очень жаль сообщать об этом. По данным источника, <b>{ $name }</b> умерла в заключении.
    [m] Нам очень жаль сообщать об этом. По данным источника, <b>{ $name }</b> умер в заключении.
   *[other] Нам очень жаль сообщать об этом. По данным источника, <b>{ $name }</b>: смерть в заключении.
}
alert-batch = <i>{ $title }</i>
alert-contact-restored = До этого было неизвестно, где находится этот человек.
alert-status = Статус: { $status }
alert-status-since = Статус: { $status } (с { $date })
alert-term = { $years ->
    [0] { alert-term-months }
   *[other] { alert-term-years }{ $months ->
        [0] {""}
       *[other] {" "}{ alert-term-months }
    }
}
alert-term-years = { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}
alert-term-months = { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
}
alert-sentence = Срок: { $term }
alert-sentence-before = Прежний срок: { $term }
alert-penalty = Вид наказания: { $penalty }
alert-articles-added = Новые обвинения (статьи): { $articles }
alert-facility-from = Прежнее место: { $facility }
alert-facility = Место содержания: { $facility }
alert-address = Адрес для писем: { $address }
alert-source = <a href="{ $url }">Источник</a>
alert-card = <a href="{ $url }">Карточка в Вестке</a>
status-detained = под стражей до суда
status-house_arrest = домашний арест
status-imprisoned = лишение свободы
status-restricted_freedom = ограничение свободы («химия»)
status-compulsory_treatment = принудительное лечение
status-released = на свободе
status-pardoned = помилование
status-expelled = освобождение с вывозом из Беларуси
status-returned_to_custody = снова под стражей после освобождения
status-whereabouts_unknown = местонахождение неизвестно
status-died_in_custody = смерть в заключении
