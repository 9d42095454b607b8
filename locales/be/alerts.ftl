# Паведамленні пра чалавека для тых, хто за ім сочыць. Нейтральныя фармулёўкі; даныя экранаваныя загадзя.
alert-newly_listed = { $gender ->
    [f] <b>{ $name }</b> унесена ў спіс палітвязняў.
    [m] <b>{ $name }</b> унесены ў спіс палітвязняў.
   *[other] <b>{ $name }</b>: унесены(-ая) ў спіс палітвязняў.
}
alert-detained = { $gender ->
    [f] <b>{ $name }</b> затрыманая.
    [m] <b>{ $name }</b> затрыманы.
   *[other] <b>{ $name }</b>: затрыманы(-ая).
}
alert-sentenced = <b>{ $name }</b>: вынесены прысуд.
alert-sentence_changed = <b>{ $name }</b>: тэрмін зменены.
alert-transferred = <b>{ $name }</b>: перавод у іншае месца зняволення.
alert-released = { $gender ->
    [f] <b>{ $name }</b> вызваленая.
    [m] <b>{ $name }</b> вызвалены.
   *[other] <b>{ $name }</b>: вызвалены(-ая).
}
alert-pardoned = { $gender ->
    [f] <b>{ $name }</b> памілаваная.
    [m] <b>{ $name }</b> памілаваны.
   *[other] <b>{ $name }</b>: памілаваны(-ая).
}
alert-expelled = { $gender ->
    [f] <b>{ $name }</b> вызваленая і вывезеная з Беларусі, краіна: { $country }.
    [m] <b>{ $name }</b> вызвалены і вывезены з Беларусі, краіна: { $country }.
   *[other] <b>{ $name }</b>: вызвалены(-ая) і вывезены(-ая) з Беларусі, краіна: { $country }.
}
alert-expelled-somewhere = { $gender ->
    [f] <b>{ $name }</b> вызваленая і вывезеная з Беларусі.
    [m] <b>{ $name }</b> вызвалены і вывезены з Беларусі.
   *[other] <b>{ $name }</b>: вызвалены(-ая) і вывезены(-ая) з Беларусі.
}
alert-returned_to_custody = <b>{ $name }</b>: зноў пад вартай пасля вызвалення.
alert-whereabouts_unknown = <b>{ $name }</b>: паводле звестак крыніцы, цяпер невядома, дзе знаходзіцца гэты чалавек. Мы паведамім, як толькі з'явяцца навіны.
alert-contact_restored = <b>{ $name }</b>: зноў вядома, дзе ўтрымліваецца гэты чалавек.
alert-died_in_custody = { $gender ->
    [f] Нам вельмі шкада паведамляць пра гэта. Паводле звестак крыніцы, <b>{ $name }</b> памерла ў зняволенні.
    [m] Нам вельмі шкада паведамляць пра гэта. Паводле звестак крыніцы, <b>{ $name }</b> памёр у зняволенні.
   *[other] Нам вельмі шкада паведамляць пра гэта. Паводле звестак крыніцы, <b>{ $name }</b>: смерць у зняволенні.
}
alert-batch = <i>{ $title }</i>
alert-contact-restored = Да гэтага было невядома, дзе знаходзіцца гэты чалавек.
alert-status = Статус: { $status }
alert-status-since = Статус: { $status } (з { $date })
alert-term = { $years ->
    [0] { alert-term-months }
   *[other] { alert-term-years }{ $months ->
        [0] {""}
       *[other] {" "}{ alert-term-months }
    }
}
alert-term-years = { $years ->
    [one] { $years } год
    [few] { $years } гады
    [many] { $years } гадоў
   *[other] { $years } гады
}
alert-term-months = { $months ->
    [one] { $months } месяц
    [few] { $months } месяцы
    [many] { $months } месяцаў
   *[other] { $months } месяцы
}
alert-sentence = Тэрмін: { $term }
alert-sentence-before = Ранейшы тэрмін: { $term }
alert-penalty = Від пакарання: { $penalty }
alert-articles-added = Новыя абвінавачванні (артыкулы): { $articles }
alert-facility-from = Ранейшае месца: { $facility }
alert-facility = Месца ўтрымання: { $facility }
alert-address = Адрас для лістоў: { $address }
alert-source = <a href="{ $url }">Крыніца</a>
alert-card = <a href="{ $url }">Картка ў Вестцы</a>
status-detained = пад вартай да суда
status-house_arrest = хатні арышт
status-imprisoned = пазбаўленне волі
status-restricted_freedom = абмежаванне волі («хімія»)
status-compulsory_treatment = прымусовае лячэнне
status-released = на волі
status-pardoned = памілаванне
status-expelled = вызваленне з вывазам з Беларусі
status-returned_to_custody = зноў пад вартай пасля вызвалення
status-whereabouts_unknown = месцазнаходжанне невядомае
status-died_in_custody = смерць у зняволенні
