# График к дайджесту и по /stats. Даты приходят уже в формате языка.
chart-title = Политзаключённые в заключении, последние 90 дней
chart-held-legend = В заключении
chart-new-legend = Новые в списке за неделю
chart-caption = В заключении на { $date }: { $count } { digest-prisoners }. Новых в списке за 90 дней: { $new }.
