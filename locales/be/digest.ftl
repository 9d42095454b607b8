# Штодзённы дайджэст: лічбы, колькі людзей у зняволенні, па радку на чалавека. Даныя экранаваныя загадзя.
digest-title = <b>Дайджэст Весткі</b>, { $from } – { $to }
digest-held = Цяпер у зняволенні: { $count } { digest-prisoners }.
digest-held-same = Цяпер у зняволенні: { $count } { digest-prisoners }, столькі ж, колькі ў мінулым дайджэсце.
digest-held-up = Цяпер у зняволенні: { $count } { digest-prisoners }, на { $change } больш, чым у мінулым дайджэсце.
digest-held-down = Цяпер у зняволенні: { $count } { digest-prisoners }, на { $change } менш, чым у мінулым дайджэсце.
digest-prisoners = { $count ->
    [one] палітвязень
    [few] палітвязні
    [many] палітвязняў
   *[other] палітвязні
}
digest-empty = За гэты перыяд зменаў няма.
digest-counts = Змены: { $list }.
digest-count-newly_listed = { $count ->
    [one] { $count } новае імя ў спісе
    [few] { $count } новыя імёны ў спісе
    [many] { $count } новых імёнаў у спісе
   *[other] { $count } новыя імёны ў спісе
}
digest-count-detained = { $count ->
    [one] { $count } затрыманне
    [few] { $count } затрыманні
    [many] { $count } затрыманняў
   *[other] { $count } затрыманні
}
digest-count-returned_to_custody = { $count ->
    [one] { $count } паўторнае затрыманне
    [few] { $count } паўторныя затрыманні
    [many] { $count } паўторных затрыманняў
   *[other] { $count } паўторныя затрыманні
}
digest-count-sentenced = { $count ->
    [one] { $count } прысуд
    [few] { $count } прысуды
    [many] { $count } прысудаў
   *[other] { $count } прысуды
}
digest-count-sentence_changed = { $count ->
    [one] { $count } змена тэрміну
    [few] { $count } змены тэрміну
    [many] { $count } зменаў тэрміну
   *[other] { $count } змены тэрміну
}
digest-count-transferred = { $count ->
    [one] { $count } этапаванне
    [few] { $count } этапаванні
    [many] { $count } этапаванняў
   *[other] { $count } этапаванні
}
digest-count-released = { $count ->
    [one] { $count } вызваленне
    [few] { $count } вызваленні
    [many] { $count } вызваленняў
   *[other] { $count } вызваленні
}
digest-count-released_end_of_term = { $count ->
    [one] { $count } вызваленне па сканчэнні тэрміну
    [few] { $count } вызваленні па сканчэнні тэрміну
    [many] { $count } вызваленняў па сканчэнні тэрміну
   *[other] { $count } вызваленні па сканчэнні тэрміну
}
digest-count-pardoned = { $count ->
    [one] { $count } памілаванне
    [few] { $count } памілаванні
    [many] { $count } памілаванняў
   *[other] { $count } памілаванні
}
digest-count-expelled = { $count ->
    [one] { $count } высылка за мяжу
    [few] { $count } высылкі за мяжу
    [many] { $count } высылак за мяжу
   *[other] { $count } высылкі за мяжу
}
digest-count-whereabouts_unknown = { $count ->
    [one] { $count } чалавек, чыё месцазнаходжанне невядомае
    [few] { $count } чалавекі, чыё месцазнаходжанне невядомае
    [many] { $count } чалавек, чыё месцазнаходжанне невядомае
   *[other] { $count } чалавекі, чыё месцазнаходжанне невядомае
}
digest-count-contact_restored = { $count ->
    [one] { $count } аднаўленне сувязі
    [few] { $count } аднаўленні сувязі
    [many] { $count } аднаўленняў сувязі
   *[other] { $count } аднаўленні сувязі
}
digest-count-died_in_custody = { $count ->
    [one] { $count } смерць у зняволенні
    [few] { $count } смерці ў зняволенні
    [many] { $count } смерцяў у зняволенні
   *[other] { $count } смерці ў зняволенні
}
digest-section-grave = <b>Смерці ў зняволенні і невядомае месцазнаходжанне</b>
digest-section-listed = <b>Новыя ў спісе і затрыманыя</b>
digest-section-verdicts = <b>Прысуды і змены тэрмінаў</b>
digest-section-transfers = <b>Этапаванні</b>
digest-section-releases = <b>Вызваленні</b>
digest-section-other = <b>Іншае</b>
digest-entry-newly_listed = • { $name }: прызнанне палітвязнем
digest-entry-detained = • { $name }: затрыманне
digest-entry-returned_to_custody = • { $name }: зноў у зняволенні пасля вызвалення
digest-entry-sentenced = • { $name }: прысуд
digest-entry-sentenced-term = • { $name }: прысуд, { $term }
digest-entry-sentence_changed = • { $name }: тэрмін зменены
digest-entry-sentence_changed-term = • { $name }: тэрмін зменены, цяпер { $term }
digest-entry-transferred = • { $name }: этапаванне
digest-entry-transferred-to = • { $name }: этапаванне ў { $facility }
digest-entry-released = • { $name }: вызваленне
digest-entry-released_end_of_term = • { $name }: вызваленне па сканчэнні тэрміну
digest-entry-pardoned = • { $name }: памілаванне
digest-entry-expelled = • { $name }: вызваленне і высылка, краіна: { $country }
digest-entry-expelled-somewhere = • { $name }: вызваленне і высылка з Беларусі
digest-entry-whereabouts_unknown = • { $name }: месцазнаходжанне невядомае
digest-entry-contact_restored = • { $name }: сувязь адноўлена
digest-entry-died_in_custody = • { $name }: смерць у зняволенні
digest-entry-earlier = { $entry } (раней за гэты перыяд: { $list })

# /digest
digest-settings-title = <b>Штодзённы дайджэст</b>
digest-settings-on = Уключаны: кожны дзень а { $hour } ({ $timezone }).
digest-settings-off = Выключаны. Уключыце, каб раз на дзень атрымліваць адно паведамленне з усімі зменамі ў спісе.
digest-settings-zone-alias = { $timezone } — той жа часавы пояс, што { $canonical }.
digest-settings-scope-all = Ахоп: усе змены ў спісе.
digest-settings-scope-followed = Ахоп: толькі людзі, за якімі вы сочыце.
digest-settings-empty-on = У дні без зменаў: кароткае паведамленне «зменаў няма».
digest-settings-empty-off = У дні без зменаў: нічога.
digest-settings-hint = Іншая гадзіна: /digest_hour 21. Іншы часавы пояс: /digest_tz America/Toronto.
digest-turn-on = Уключыць дайджэст
digest-turn-off = Выключыць дайджэст
digest-scope-all-button = Усё
digest-scope-followed-button = Толькі мае
digest-empty-on-button = Дасылаць «зменаў няма»
digest-empty-off-button = Нічога ў ціхія дні
digest-zone-Europe-Minsk = Мінск
digest-zone-Europe-Vilnius = Вільня
digest-zone-Europe-Warsaw = Варшава
digest-zone-Europe-Kyiv = Кіеў
digest-zone-Europe-Berlin = Берлін
digest-zone-Europe-London = Лондан
digest-zone-America-New_York = Нью-Ёрк
digest-hour-usage = Напішыце гадзіну лікам ад 0 да 23, напрыклад: /digest_hour 21
digest-tz-usage = Напішыце часавы пояс, напрыклад: /digest_tz Europe/Vilnius (спіс: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)
digest-tz-unknown = Такога часавага пояса я не ведаю. Паспрабуйце выгляд Рэгіён/Горад лацінкай, напрыклад Europe/Vilnius.
cmd-digest = штодзённы дайджэст: укл/выкл, гадзіна, пояс, ахоп
digest-settings-chart-off = Графік колькасці палітвязняў: выключаны.
digest-settings-chart-daily = Графік колькасці палітвязняў: перад кожным дайджэстам.
digest-settings-chart-weekly = Графік колькасці палітвязняў: перад першым дайджэстам кожнага тыдня.
digest-chart-off-button = Без графіка
digest-chart-daily-button = Графік кожны раз
digest-chart-weekly-button = Графік раз на тыдзень
digest-birthdays-title = <b>Дні нараджэння на гэтым тыдні</b>
digest-birthdays-none = На гэтым тыдні ні ў кога з тых, хто ў зняволенні, няма дня нараджэння (паводле дат нараджэння, якія дае спіс).
digest-birthday-line = • { $name }: { $date }, спаўняецца { $age }
digest-birthday-address = { "  " }{ $facility }, { $address }
digest-birthday-facility = { "  " }{ $facility } (паштовы адрас не пададзены)
# Checked against published advice (7 Dec 2026): Libereco, "Writing letters to political prisoners"
# (libereco.org: texts must be in Russian or Belarusian; write about everyday, positive things, no
# political statements) and bomega.pl (letters in other languages are thrown away by the censor).
digest-birthdays-how = Пішыце па-беларуску або па-руску: кожны ліст чытае цэнзар, а ліст на іншай мове могуць не перадаць. Пішыце пра штодзённае, не пра справу.
digest-settings-birthdays-on = Дні нараджэння на тыдні: у канцы кожнага дайджэсту.
digest-settings-birthdays-off = Дні нараджэння на тыдні: не паказваюцца.
digest-birthdays-on-button = Дадаць дні нараджэння
digest-birthdays-off-button = Без дзён нараджэння

# The weekly edition (/digest_weekly)
digest-weekly-title = <b>Штотыднёвы дайджэст Весткі</b>, тыдзень { $from } – { $to }
digest-settings-on-weekly = Уключаны, раз на тыдзень: { $day } а { $hour } ({ $timezone }), за мінулы тыдзень з панядзелка па нядзелю.
digest-settings-weekly-hint = Раз на тыдзень замест кожнага дня: /digest_weekly пн (любы дзень, пн … нд або mon … sun).
digest-settings-weekly-hint-off = Іншы дзень: /digest_weekly пт. Зноў кожны дзень: /digest_weekly off.
digest-weekly-usage = Напішыце дзень тыдня для штотыднёвага дайджэсту або off, каб зноў атрымліваць яго кожны дзень, напрыклад: /digest_weekly пн (пн, аў, ср, чц, пт, сб, нд, mon … sun або 1-7).
cmd-digest-weekly = дайджэст раз на тыдзень: дзень або off
digest-weekday-1 = у панядзелак
digest-weekday-2 = у аўторак
digest-weekday-3 = у сераду
digest-weekday-4 = у чацвер
digest-weekday-5 = у пятніцу
digest-weekday-6 = у суботу
digest-weekday-7 = у нядзелю
