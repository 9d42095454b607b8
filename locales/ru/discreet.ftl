# Discreet mode: the first line of every message, so a lock-screen preview names no one (no names,
# no prison words, no numbers). An empty line follows it.
discreet-lead-alert = Вестка: есть новость о человеке, за которым вы следите.
discreet-lead-correction = Вестка: поправка к одному из прошлых сообщений.
discreet-lead-notice = Вестка: сообщение от сервиса.
discreet-lead-digest = Вестка: ваша ежедневная сводка.
discreet-lead-announcement = Вестка: объявление.
