# Графік да дайджэсту і па /stats. Даты прыходзяць ужо ў фармаце мовы.
chart-title = Палітвязні ў зняволенні, апошнія 90 дзён
chart-held-legend = У зняволенні
chart-new-legend = Новыя ў спісе за тыдзень
chart-caption = У зняволенні на { $date }: { $count } { digest-prisoners }. Новых у спісе за 90 дзён: { $new }.
