# Admin /queue: delivery figures for the whole service.
queue-title = Очередь отправки
queue-waiting = Ждут отправки: { $pending }, отправляются: { $sending }
queue-kind-line = • { $kind }: ждут { $pending }, отправляются { $sending }
queue-oldest = Самое старое ожидающее сообщение поставлено в очередь { $seconds } с назад
queue-oldest-none = Ничего не ждёт отправки.
queue-sent = Отправлено: за последнюю минуту { $minute }, за последний час { $hour }
queue-failures = Неудачных попыток за последний час: { $count }
queue-failure-line = • { $kind } / { $outcome }: { $count }
queue-dead-letters = Окончательно отклонено Telegram (за всё время): { $count }
