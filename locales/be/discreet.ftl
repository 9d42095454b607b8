# Discreet mode: the first line of every message, so a lock-screen preview names no one (no names,
# no prison words, no numbers). An empty line follows it.
discreet-lead-alert = Вестка: ёсць навіна пра чалавека, за якім вы сочыце.
discreet-lead-correction = Вестка: папраўка да аднаго з ранейшых паведамленняў.
discreet-lead-notice = Вестка: паведамленне ад сэрвісу.
discreet-lead-digest = Вестка: ваша штодзённая зводка.
discreet-lead-announcement = Вестка: аб'ява.
