# Вызваленні спісам: толькі для адмінаў.
release-ask-title = <b>Новы спіс вызваленых.</b> Дашліце загаловак, напрыклад: <i>13 снежня 2025: вызвалены 123</i>. На некалькіх мовах — па радку на мову: <code>be: …</code>, <code>ru: …</code>, <code>en: …</code>. /release_cancel адмяняе.
release-titles-saved = Загаловак захаваны:
release-ask-titles = Чытачы мовы без уласнага загалоўка ўбачаць адзін з гэтых у двукоссі, з назвай яго мовы. Каб даць загаловак на іх мове, дашліце па радку на мову: { $missing }. Калі я няправільна вызначыў мову, дашліце той самы загаловак з правільнай пазнакай. Або націсніце кнопку, каб працягнуць.
release-titles-keep = Працягнуць з гэтымі
release-previous-cancelled = Ваш незавершаны спіс #{ $batch } адменены.
release-ask-date = Дата вызвалення: <code>2025-12-13</code> або <code>13.12.2025</code>.
release-ask-kind = Што адбылося з людзьмі са спісу? (Для аднаго чалавека можна змяніць у папярэднім праглядзе.)
release-ask-country = У якую краіну іх выслалі? Націсніце яе або дашліце двухлітарны код (<code>LT</code>, <code>UA</code>, <code>PL</code>…). (Для аднаго чалавека: скончыце радок спісу на <code>-&gt; LT</code> або змяніце ў папярэднім праглядзе.)
release-ask-source = Спасылка на апублікаваны спіс (https://…) або націсніце кнопку.
release-no-source = Без спасылкі
release-ask-list = Цяпер устаўце спіс (з нумарамі ці без, па імені ў радку ці праз коску, з гадамі нараджэння і «Імя (іншае напісанне)», калі ёсць) або дашліце файл .txt ці .csv. Не больш за { $max } імёнаў.
release-invalid-title = Загаловак павінен мець ад 3 да 120 знакаў.
release-invalid-title_prefix = Пачніце кожны радок з <code>be:</code>, <code>ru:</code> або <code>en:</code>, напрыклад <code>be: 13 снежня 2025: вызвалены 123</code>.
release-invalid-date = Не атрымалася прачытаць дату. Дашліце яе як <code>2025-12-13</code> або <code>13.12.2025</code>.
release-invalid-kind = Абярыце адну з кнопак.
release-invalid-country = Гэта не код краіны. Дашліце дзве літары, напрыклад <code>LT</code>.
release-invalid-source = Гэта не спасылка. Дашліце адрас https:// або націсніце «Без спасылкі».
release-file-too-big = Файл большы за { $kb } КБ. Дашліце карацейшы спіс.
release-file-type = Я чытаю спісы толькі з файлаў .txt і .csv.
release-file-unreadable = Не атрымалася прачытаць файл. Дашліце яго яшчэ раз або ўстаўце спіс тэкстам.
release-matching = Зверваю імёны…
release-matching-progress = Зверваю імёны… { $done } з { $total }
release-list-empty = У гэтым паведамленні няма імёнаў. Устаўце спіс яшчэ раз, па імені ў радку.
release-list-too-long = У спісе { $count } імёнаў; у адзін спіс змяшчаецца не больш за { $max }. Падзяліце яго на два.
release-cancelled = Спіс #{ $batch } адменены. Нікому нічога не адпраўлена.
release-nothing-open = У вас няма спісу ў працы.
release-not-editable = Гэты спіс тут ужо нельга змяніць.
release-skipped = { $count ->
    [one] Прапушчаны { $count } радок.
    [few] Прапушчаныя { $count } радкі.
    [many] Прапушчана { $count } радкоў.
   *[other] Прапушчаныя { $count } радкі.
}
release-status-draft = Рыхтуецца.
release-status-preview = Папярэдні прагляд: праверце супадзенні і пацвердзіце.
release-status-awaiting_approval = Чакае адабрэння другога адміна.
release-status-confirmed = Пацверджаны.
release-status-undone = Адменены пасля пацверджання.
release-status-cancelled = Адменены.
release-kind-pardoned = памілаваныя
release-kind-released = канец тэрміну
release-kind-expelled = высланыя
release-kind-released_in_belarus = вызваленыя ў Беларусі
release-source = крыніца
release-title-quoted = «{ $title }» ({ $language ->
    [be] па-беларуску
    [ru] па-руску
   *[en] па-англійску
})
release-counts = Радкоў: { $lines }. ✅ знойдзена: { $matched } · ❓ патрэбны выбар: { $ambiguous } · 🚫 не знойдзена: { $notFound } · ➕ новых запісаў: { $create } · 🔁 паўтораў: { $duplicate } · ☑️ ужо на волі: { $alreadyReleased } · ⏭ прапушчана: { $skip }
release-page = Старонка { $page } з { $pages }. Націсніце нумар, каб выправіць радок.
release-announce-subscribers-on = 📣 Падпісчыкам: так
release-announce-subscribers-off = 📣 Падпісчыкам: не
release-announce-channels-on = 📢 Каналам: так
release-announce-channels-off = 📢 Каналам: не
release-skip-unresolved = Прапусціць адкрытыя радкі ({ $count })
release-confirm-button = ✅ Пацвердзіць
release-cancel-button = Адмяніць
release-line-matched = знойдзены
release-line-ambiguous = патрэбны выбар
release-line-not_found = не знойдзены
release-line-duplicate = паўтор
release-line-already_released = ужо на волі
release-line-skip = прапушчаны
release-line-create = новы запіс
release-line-candidates = { $count ->
    [one] { $count } кандыдат
    [few] { $count } кандыдаты
    [many] { $count } кандыдатаў
   *[other] { $count } кандыдаты
}
release-line-title = <b>Радок { $line }:</b> { $text }
release-line-now = Цяпер: { $decision }
release-line-choose = Хто гэта?
release-line-ask-country = У якую краіну выслалі гэтага чалавека? Націсніце яе або дашліце двухлітарны код (<code>LT</code>, <code>UA</code>…).
release-line-create-button = ➕ Новы запіс
release-line-skip-button = ⏭ Прапусціць
release-back = « Да спісу
release-confirmed = Спіс #{ $batch } пацверджаны: вызваленых { $released }. Тым, хто за імі сочыць, апавяшчэнні ўжо адпраўляюцца.{ $unchanged ->
    [0] {""}
   *[other] { " " }Ужо вызваленыя за гэты час ({ $unchanged }) пакінутыя як ёсць.
    } /release_undo { $batch } адмяняе яго на працягу 24 гадзін.
release-awaiting-approval = Спіс #{ $batch }: { $released ->
    [one] вызваляецца { $released } чалавек
    [few] вызваляюцца { $released } чалавекі
    [many] вызваляюцца { $released } чалавек
   *[other] вызваляюцца { $released } чалавека
    }, таму яго павінен адобрыць другі адмін. Астатнія адміны апавешчаныя; нічога не адправіцца, пакуль адзін з іх не дашле /release_approve { $batch }.
release-unresolved = Радкоў, дзе патрэбны выбар: { $count }. Націсніце іх у папярэднім праглядзе або прапусціце.
release-own-batch = Спіс #{ $batch } стварылі вы; адобрыць яго павінен іншы адмін.
release-not-open = { $status ->
    [confirmed] Спіс #{ $batch } ужо пацверджаны.
    [awaiting_approval] Спіс #{ $batch } ужо чакае адабрэння другога адміна.
    [cancelled] Спіс #{ $batch } адменены, пацвердзіць яго нельга.
    [undone] Спіс #{ $batch } адменены пасля пацверджання, пацвердзіць яго зноў нельга.
    [preview] Спіс #{ $batch } яшчэ не адпраўлены на адабрэнне: яго аўтар пакуль правярае супадзенні.
    [draft] Спіс #{ $batch } яшчэ рыхтуецца.
   *[none] Спісу #{ $batch } няма.
}
release-batch-usage = Дашліце нумар спісу: <code>/{ $command } 12</code>.
release-not-found = Спісу #{ $batch } няма.
release-undone = Спіс #{ $batch } адменены: запісаў вернута { $reverted }, зменена з таго часу і пакінута { $kept }. Неадпраўленыя апавяшчэнні знятыя, а ўсе, каму яны ўжо прыйшлі, атрымаюць папраўку.
release-undo-too-late = Спіс #{ $batch } пацверджаны больш як 24 гадзіны таму, тут яго ўжо не адмяніць. Выпраўце запісы праз крыніцу.
release-undo-not-confirmed = { $status ->
    [undone] Спіс #{ $batch } ужо адменены.
    [cancelled] Спіс #{ $batch } адменены да пацверджання: нічога не адпраўлялася, адмяняць няма чаго.
    [none] Спісу #{ $batch } няма.
   *[other] Спіс #{ $batch } яшчэ не пацверджаны: нічога не адпраўлялася, адмяняць няма чаго.
}
release-approval-needed = Спіс #{ $batch } <i>{ $title }</i>: { $count ->
    [one] будзе вызвалены { $count } чалавек
    [few] будуць вызваленыя { $count } чалавекі
    [many] будуць вызваленыя { $count } чалавек
   *[other] будуць вызваленыя { $count } чалавека
    }, патрэбны другі адмін. Праверце: /release_show { $batch }, потым /release_approve { $batch }.
release-announcement = <b>{ $title }</b>
    { $count ->
        [one] Вызвалены { $count } палітвязень.
        [few] Вызваленыя { $count } палітвязні.
        [many] Вызваленыя { $count } палітвязняў.
       *[other] Вызваленыя { $count } палітвязні.
    } Калі вы сочыце за кімсьці са спісу, вам напісалі асобна.
release-announcement-source = Апублікаваны спіс
release-correction-people = <b>Папраўка.</b> Паведамленне пра вызваленне <i>{ $title }</i> было адпраўлена памылкова пра:
release-correction-announcement = <b>Папраўка.</b> Аб'ява <i>{ $title }</i> была адпраўлена памылкова і адклікана.
release-correction-footer = Іх статус такі, як быў. Просім прабачэння за памылку.
# У апавяшчэннях пра вызваленне спісам: спачатку апублікаваны спіс, потым старонка чалавека.
alert-batch-source = <a href="{ $url }">Апублікаваны спіс</a>
alert-person-source = <a href="{ $url }">Старонка чалавека ў крыніцы</a>
