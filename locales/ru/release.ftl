# Освобождения списком: только для админов.
release-ask-title = <b>Новый список освобождённых.</b> Пришлите заголовок, например: <i>13 декабря 2025: освобождены 123</i>. На нескольких языках — по строке на язык: <code>be: …</code>, <code>ru: …</code>, <code>en: …</code>. /release_cancel отменяет.
release-titles-saved = Заголовок сохранён:
release-ask-titles = Читатели языка без своего заголовка увидят один из этих в кавычках, с названием его языка. Чтобы дать заголовок на их языке, пришлите по строке на язык: { $missing }. Если я неверно определил язык, пришлите тот же заголовок с правильной пометкой. Или нажмите кнопку, чтобы продолжить.
release-titles-keep = Продолжить с этими
release-previous-cancelled = Ваш незавершённый список #{ $batch } отменён.
release-ask-date = Дата освобождения: <code>2025-12-13</code> или <code>13.12.2025</code>.
release-ask-kind = Что произошло с людьми из списка? (Для одного человека можно изменить в предпросмотре.)
release-ask-country = В какую страну их выслали? Нажмите её или пришлите двухбуквенный код (<code>LT</code>, <code>UA</code>, <code>PL</code>…). (Для одного человека: закончите строку списка на <code>-&gt; LT</code> или измените в предпросмотре.)
release-ask-source = Ссылка на опубликованный список (https://…) или нажмите кнопку.
release-no-source = Без ссылки
release-ask-list = Теперь вставьте список (с номерами или без, по имени в строке или через запятую, с годами рождения и «Имя (другое написание)», если есть) или пришлите файл .txt или .csv. Не больше { $max } имён.
release-invalid-title = Заголовок должен быть от 3 до 120 символов.
release-invalid-title_prefix = Начните каждую строку с <code>be:</code>, <code>ru:</code> или <code>en:</code>, например <code>ru: 13 декабря 2025: освобождены 123</code>.
release-invalid-date = Не получилось прочитать дату. Пришлите её как <code>2025-12-13</code> или <code>13.12.2025</code>.
release-invalid-kind = Выберите одну из кнопок.
release-invalid-country = Это не код страны. Пришлите две буквы, например <code>LT</code>.
release-invalid-source = Это не ссылка. Пришлите адрес https:// или нажмите «Без ссылки».
release-file-too-big = Файл больше { $kb } КБ. Пришлите список покороче.
release-file-type = Я читаю списки только из файлов .txt и .csv.
release-file-unreadable = Не получилось прочитать файл. Пришлите его ещё раз или вставьте список текстом.
release-matching = Сверяю имена…
release-matching-progress = Сверяю имена… { $done } из { $total }
release-list-empty = В этом сообщении нет имён. Вставьте список ещё раз, по имени в строке.
release-list-too-long = В списке { $count } имён; в один список помещается не больше { $max }. Разделите его на два.
release-cancelled = Список #{ $batch } отменён. Никому ничего не отправлено.
release-nothing-open = У вас нет списка в работе.
release-not-editable = Этот список здесь уже нельзя изменить.
release-skipped = { $count ->
    [one] Пропущена { $count } строка.
    [few] Пропущены { $count } строки.
    [many] Пропущено { $count } строк.
   *[other] Пропущены { $count } строки.
}
release-status-draft = Готовится.
release-status-preview = Предпросмотр: проверьте совпадения и подтвердите.
release-status-awaiting_approval = Ждёт одобрения второго админа.
release-status-confirmed = Подтверждён.
release-status-undone = Отменён после подтверждения.
release-status-cancelled = Отменён.
release-kind-pardoned = помилованы
release-kind-released = конец срока
release-kind-expelled = высланы
release-kind-released_in_belarus = освобождены в Беларуси
release-source = источник
release-title-quoted = «{ $title }» ({ $language ->
    [be] на белорусском
    [ru] на русском
   *[en] на английском
})
release-counts = Строк: { $lines }. ✅ найдено: { $matched } · ❓ нужен выбор: { $ambiguous } · 🚫 не найдено: { $notFound } · ➕ новых записей: { $create } · 🔁 повторов: { $duplicate } · ☑️ уже на свободе: { $alreadyReleased } · ⏭ пропущено: { $skip }
release-page = Страница { $page } из { $pages }. Нажмите номер, чтобы исправить строку.
release-announce-subscribers-on = 📣 Подписчикам: да
release-announce-subscribers-off = 📣 Подписчикам: нет
release-announce-channels-on = 📢 Каналам: да
release-announce-channels-off = 📢 Каналам: нет
release-skip-unresolved = Пропустить открытые строки ({ $count })
release-confirm-button = ✅ Подтвердить
release-cancel-button = Отменить
release-line-matched = найден
release-line-ambiguous = нужен выбор
release-line-not_found = не найден
release-line-duplicate = повтор
release-line-already_released = уже на свободе
release-line-skip = пропущен
release-line-create = новая запись
release-line-candidates = { $count ->
    [one] { $count } кандидат
    [few] { $count } кандидата
    [many] { $count } кандидатов
   *[other] { $count } кандидата
}
release-line-title = <b>Строка { $line }:</b> { $text }
release-line-now = Сейчас: { $decision }
release-line-choose = Кто это?
release-line-ask-country = В какую страну выслали этого человека? Нажмите её или пришлите двухбуквенный код (<code>LT</code>, <code>UA</code>…).
release-line-create-button = ➕ Новая запись
release-line-skip-button = ⏭ Пропустить
release-back = « К списку
release-confirmed = Список #{ $batch } подтверждён: освобождены { $released }. Тем, кто за ними следит, уведомления уже отправляются.{ $unchanged ->
    [0] {""}
   *[other] { " " }Уже освобождённые за это время ({ $unchanged }) оставлены как есть.
    } /release_undo { $batch } отменяет его в течение 24 часов.
release-awaiting-approval = Список #{ $batch }: { $released ->
    [one] освобождается { $released } человек
    [few] освобождаются { $released } человека
    [many] освобождаются { $released } человек
   *[other] освобождаются { $released } человека
    }, поэтому его должен одобрить второй админ. Остальные админы уведомлены; ничего не отправится, пока один из них не пришлёт /release_approve { $batch }.
release-unresolved = Строк, где нужен выбор: { $count }. Нажмите их в предпросмотре или пропустите.
release-own-batch = Список #{ $batch } создали вы; одобрить его должен другой админ.
release-not-open = { $status ->
    [confirmed] Список #{ $batch } уже подтверждён.
    [awaiting_approval] Список #{ $batch } уже ждёт одобрения второго админа.
    [cancelled] Список #{ $batch } отменён, подтвердить его нельзя.
    [undone] Список #{ $batch } отменён после подтверждения, подтвердить его снова нельзя.
    [preview] Список #{ $batch } ещё не отправлен на одобрение: его автор пока проверяет совпадения.
    [draft] Список #{ $batch } ещё готовится.
   *[none] Списка #{ $batch } нет.
}
release-batch-usage = Пришлите номер списка: <code>/{ $command } 12</code>.
release-not-found = Списка #{ $batch } нет.
release-undone = Список #{ $batch } отменён: записей возвращено { $reverted }, изменённых с тех пор и оставленных { $kept }. Неотправленные уведомления сняты, а все, кому они уже пришли, получат поправку.
release-undo-too-late = Список #{ $batch } подтверждён больше 24 часов назад, здесь его уже не отменить. Исправьте записи через источник.
release-undo-not-confirmed = { $status ->
    [undone] Список #{ $batch } уже отменён.
    [cancelled] Список #{ $batch } отменён до подтверждения: ничего не отправлялось, отменять нечего.
    [none] Списка #{ $batch } нет.
   *[other] Список #{ $batch } ещё не подтверждён: ничего не отправлялось, отменять нечего.
}
release-approval-needed = Список #{ $batch } <i>{ $title }</i>: { $count ->
    [one] будет освобождён { $count } человек
    [few] будут освобождены { $count } человека
    [many] будут освобождены { $count } человек
   *[other] будут освобождены { $count } человека
    }, нужен второй админ. Проверьте: /release_show { $batch }, затем /release_approve { $batch }.
release-announcement = <b>{ $title }</b>
    { $count ->
        [one] Освобождён { $count } политзаключённый.
        [few] Освобождены { $count } политзаключённых.
        [many] Освобождены { $count } политзаключённых.
       *[other] Освобождены { $count } политзаключённых.
    } Если вы следите за кем-то из списка, вам написали отдельно.
release-announcement-source = Опубликованный список
release-correction-people = <b>Поправка.</b> Сообщение об освобождении <i>{ $title }</i> было отправлено по ошибке о:
release-correction-announcement = <b>Поправка.</b> Объявление <i>{ $title }</i> было отправлено по ошибке и отозвано.
release-correction-footer = Их статус такой же, как был. Просим прощения за ошибку.
# В уведомлениях об освобождении списком: сначала опубликованный список, потом страница человека.
alert-batch-source = <a href="{ $url }">Опубликованный список</a>
alert-person-source = <a href="{ $url }">Страница человека в источнике</a>
