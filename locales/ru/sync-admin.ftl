# Синхронизация источников, только для админов: уведомления и команды /sync_status, /sync_confirm, /sync_reject.
sync-held-title = ⚠️ Синхронизация <b>{ $source }</b> приостановлена: запуск #{ $run } нужно подтвердить.
sync-reason-change_ratio = Записей, которые изменились бы: { $value } (предел { $limit }).
sync-reason-releases = Освобождений за один запуск: { $value } (предел { $limit }).
sync-reason-row_drop = { $value ->
    [one] Из источника исчез бы { $value } человек
    [few] Из источника исчезли бы { $value } человека
    [many] Из источника исчезли бы { $value } человек
   *[other] Из источника исчезли бы { $value } человека
    } (предел { $limit }).
sync-reason-quarantine_ratio = Строк, которые не удалось прочитать: { $value } (предел { $limit }).
sync-reason-shape = Изменились столбцы: было «{ $limit }», стало «{ $value }».
sync-reason-sensitive = Нужно решение человека: { $value }.
sync-planned = Запланировано: { $counts }
sync-quarantined-count = Нечитаемых строк: { $count }
sync-held-actions = /sync_confirm { $run } применит его, /sync_reject { $run } отбросит.
sync-quarantine-title = <b>{ $source }</b>: не удалось прочитать строк: { $count } (запуск #{ $run }); остальное применено.
sync-quarantine-more = … и ещё { $count }: /sync_status
sync-failing = ❗ <b>{ $source }</b>: ошибка { $count } раз подряд. Последняя: { $error }
sync-recovered = ✅ <b>{ $source }</b> снова работает.
sync-kind-newly_listed = новые в списке
sync-kind-detained = задержания
sync-kind-sentenced = приговоры
sync-kind-sentence_changed = изменения срока
sync-kind-transferred = переводы
sync-kind-released = освобождения
sync-kind-pardoned = помилования
sync-kind-expelled = высылки
sync-kind-returned_to_custody = снова под стражей
sync-kind-whereabouts_unknown = местонахождение неизвестно
sync-kind-contact_restored = связь восстановлена
sync-kind-died_in_custody = смерти в заключении
sync-kind-correction = исправления
sync-kind-missing_from_source = исчезли из источника
sync-run-running = идёт
sync-run-applied = применён
sync-run-unchanged = без изменений
sync-run-held = приостановлен
sync-run-confirmed = подтверждён
sync-run-rejected = отброшен
sync-run-superseded = заменён новым
sync-run-failed = ошибка
sync-status-title = <b>Синхронизация источников</b>
sync-status-none = Источники не настроены (SOURCES в конфигурации).
sync-status-source = <b>{ $name }</b> · { $format } · { $schedule } · в списке: { $listed }
sync-status-disabled = не по расписанию
sync-status-failing = Ошибок подряд: { $count }
sync-status-run = #{ $run } · { $at } · { $status } · { $counts }
sync-status-run-quarantined = нечитаемых строк: { $count }
sync-status-held = ⏸ Приостановлен: #{ $run }: { $reason } — /sync_confirm { $run } или /sync_reject { $run }
sync-status-quarantine = Нечитаемые строки запуска #{ $run }:
sync-confirm-usage = Отправьте /sync_confirm с номером запуска, например /sync_confirm 12 (см. /sync_status).
sync-reject-usage = Отправьте /sync_reject с номером запуска, например /sync_reject 12 (см. /sync_status).
sync-run-not-found = Запуска #{ $run } нет.
sync-run-not-held = Запуск #{ $run } не приостановлен (статус: { $status }).
sync-confirm-done = Запуск #{ $run } ({ $source }) применён: { $counts }. Все, кто следит за этими людьми, получат оповещения.
sync-reject-done = Запуск #{ $run } ({ $source }) отброшен: ничего из него не применено, тот же снимок больше не будет приостановлен.
sync-reason-grave = Тяжёлая новость, её нужно проверить, прежде чем кому-либо сообщать: { $value }.
sync-names-more = и ещё { $count }
sync-held-batch = Касается списка #{ $batch } «{ $title }» ({ $date }), который задал текущий статус: { $names }
sync-hold-grave = ⚫ <b>{ $name }</b>: { $status }.
sync-hold-grave-dated = ⚫ <b>{ $name }</b>: { $status }, { $date }.
sync-hold-wording = Источник пишет: «{ $wording }»
sync-hold-link = Страница человека в источнике: { $url }
sync-hold-flapping = 🔁 <b>{ $name }</b>: статус менялся туда-обратно в течение 24 часов: { $statuses }.
sync-person-held-title = ⚠️ <b>{ $source }</b>: запуск #{ $run } задерживает изменение для одного человека, пока админ его не подтвердит. Никому ещё не сообщено; остальное из запуска #{ $parent } применено.
sync-person-held-actions = /sync_confirm { $run } сообщит тем, кто следит за этим человеком; /sync_reject { $run } отбросит (пока источник пишет об этом человеке то же самое, вопроса больше не будет).
