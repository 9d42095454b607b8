# Admin /queue: how delivery is doing, for the whole service. No figure here moves with one batch's
# recipients: waiting times only once longer than normal, counts only over long windows, rounded.
queue-title = Отправка
queue-class-alerts = Оповещения (тяжёлые новости, оповещения, исправления)
queue-class-other = Другие сообщения (уведомления, сводки, объявления)
queue-state-on_time = { $class }: вовремя.
queue-state-delayed = { $class }: с задержкой; самое долгое ожидание: { $minutes } мин.
queue-state-stalled = { $class }: отправка стоит; самое долгое ожидание: { $minutes } мин. Проверьте журнал.
queue-delivered-at-least = Доставлено за последние 7 дней: { $count } или больше.
queue-delivered-few = Доставлено за последние 7 дней: меньше 1 000.
queue-failed = Неудачных попыток за последние 24 часа: { $percent } % (без чатов, заблокировавших бота).
queue-failed-few = Неудачных попыток за последние 24 часа: попыток слишком мало, чтобы назвать долю.
queue-refused-yes = За последние 35 дней Telegram окончательно отклонил некоторые сообщения.
queue-refused-no = За последние 35 дней Telegram не отклонил ни одного сообщения.
queue-why = Числа показываются только за длинные периоды и округлёнными, чтобы по ним нельзя было узнать, сколько человек за кем-либо следит.
