# Картка палітвязня: толькі факты, нейтральныя фармулёўкі. Даныя экранаваныя загадзя.
card-born = Год нараджэння: { $year }
card-region = Рэгіён: { $region }
card-status = Статус: { $status }
card-status-since = Статус: { $status }, з { $date }
card-expelled-to = Краіна: { $country }
card-facility = Месца ўтрымання: { $facility }
card-letter-heading = <b>Напісаць ліст</b>
card-address = Адрас для лістоў: { $address }
# Checked against published advice (7 Dec 2026): Libereco, "Writing letters to political prisoners"
# (libereco.org: texts must be in Russian or Belarusian; write about everyday, positive things, no
# political statements) and bomega.pl (letters in other languages are thrown away by the censor).
card-letter-how = Пішыце па-беларуску або па-руску: кожны ліст чытае цэнзар, а ліст на іншай мове могуць не перадаць. Пішыце пра штодзённае, не пра справу.
card-detained = Затрыманне: { $date }
card-sentence = Тэрмін: { $term }
card-penalty = Від пакарання: { $penalty }
card-articles = Артыкулы Крымінальнага кодэкса: { $articles }
card-recognized = Прызнанне палітвязнем: { $date }
card-last-change = Апошняя змена: { $change }, { $date }
card-missing = З { $date } крыніца больш не ўключае гэтага чалавека ў спіс.
card-source-as-of = <a href="{ $url }">Крыніца</a> · звесткі на { $date }
card-as-of = Звесткі на { $date }
change-newly_listed = унясенне ў спіс
change-detained = затрыманне
change-sentenced = прысуд
change-sentence_changed = змяненне тэрміну
change-transferred = перавод у іншае месца зняволення
change-released = вызваленне
change-pardoned = памілаванне
change-expelled = вызваленне з вывазам з Беларусі
change-returned_to_custody = зноў пад вартай пасля вызвалення
change-whereabouts_unknown = месцазнаходжанне стала невядомым
change-contact_restored = месцазнаходжанне зноў вядомае
change-died_in_custody = смерць у зняволенні
card-follow-in-vestka = Сачыць у Вестцы
inline-hint = Увядзіце імя чалавека, каб знайсці картку
inline-none = Такога імя няма ў спісе. Адкрыць Вестку
inline-invalid = Увядзіце імя кірыліцай або лацінкай
