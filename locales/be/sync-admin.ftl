# Сінхранізацыя крыніц, толькі для адмінаў: апавяшчэнні і каманды /sync_status, /sync_confirm, /sync_reject.
sync-held-title = ⚠️ Сінхранізацыя <b>{ $source }</b> прыпыненая: запуск #{ $run } трэба пацвердзіць.
sync-reason-change_ratio = Запісаў, якія змяніліся б: { $value } (мяжа { $limit }).
sync-reason-releases = Вызваленняў за адзін запуск: { $value } (мяжа { $limit }).
sync-reason-row_drop = { $value ->
    [one] З крыніцы знік бы { $value } чалавек
    [few] З крыніцы зніклі б { $value } чалавекі
    [many] З крыніцы зніклі б { $value } чалавек
   *[other] З крыніцы зніклі б { $value } чалавека
    } (мяжа { $limit }).
sync-reason-quarantine_ratio = Радкоў, якія не ўдалося прачытаць: { $value } (мяжа { $limit }).
sync-reason-shape = Змяніліся слупкі: было «{ $limit }», стала «{ $value }».
sync-reason-sensitive = Патрэбнае рашэнне чалавека: { $value }.
sync-planned = Запланавана: { $counts }
sync-quarantined-count = Нечытэльных радкоў: { $count }
sync-held-actions = /sync_confirm { $run } ужыве яго, /sync_reject { $run } адкіне.
sync-quarantine-title = <b>{ $source }</b>: не ўдалося прачытаць радкоў: { $count } (запуск #{ $run }); астатняе ўжыта.
sync-quarantine-more = … і яшчэ { $count }: /sync_status
sync-failing = ❗ <b>{ $source }</b>: памылка { $count } разоў запар. Апошняя: { $error }
sync-recovered = ✅ <b>{ $source }</b> зноў працуе.
sync-kind-newly_listed = новыя ў спісе
sync-kind-detained = затрыманні
sync-kind-sentenced = прысуды
sync-kind-sentence_changed = змены тэрміну
sync-kind-transferred = пераводы
sync-kind-released = вызваленні
sync-kind-pardoned = памілаванні
sync-kind-expelled = высылкі
sync-kind-returned_to_custody = зноў пад вартай
sync-kind-whereabouts_unknown = месцазнаходжанне невядомае
sync-kind-contact_restored = сувязь адноўленая
sync-kind-died_in_custody = смерці ў зняволенні
sync-kind-correction = выпраўленні
sync-kind-missing_from_source = зніклі з крыніцы
sync-run-running = ідзе
sync-run-applied = ужыты
sync-run-unchanged = без змен
sync-run-held = прыпынены
sync-run-confirmed = пацверджаны
sync-run-rejected = адкінуты
sync-run-superseded = заменены новым
sync-run-failed = памылка
sync-status-title = <b>Сінхранізацыя крыніц</b>
sync-status-none = Крыніцы не наладжаныя (SOURCES у канфігурацыі).
sync-status-source = <b>{ $name }</b> · { $format } · { $schedule } · у спісе: { $listed }
sync-status-disabled = не па раскладзе
sync-status-failing = Памылак запар: { $count }
sync-status-run = #{ $run } · { $at } · { $status } · { $counts }
sync-status-run-quarantined = нечытэльных радкоў: { $count }
sync-status-held = ⏸ Прыпынены: #{ $run }: { $reason } — /sync_confirm { $run } або /sync_reject { $run }
sync-status-quarantine = Нечытэльныя радкі запуску #{ $run }:
sync-confirm-usage = Адпраўце /sync_confirm з нумарам запуску, напрыклад /sync_confirm 12 (гл. /sync_status).
sync-reject-usage = Адпраўце /sync_reject з нумарам запуску, напрыклад /sync_reject 12 (гл. /sync_status).
sync-run-not-found = Запуску #{ $run } няма.
sync-run-not-held = Запуск #{ $run } не прыпынены (статус: { $status }).
sync-confirm-done = Запуск #{ $run } ({ $source }) ужыты: { $counts }. Усе, хто сочыць за гэтымі людзьмі, атрымаюць апавяшчэнні.
sync-reject-done = Запуск #{ $run } ({ $source }) адкінуты: нічога з яго не ўжыта, той жа здымак больш не будзе прыпынены.
sync-reason-grave = Цяжкая навіна, яе трэба праверыць, перш чым каму-небудзь паведаміць: { $value }.
sync-names-more = і яшчэ { $count }
sync-held-batch = Датычыць спіса #{ $batch } «{ $title }» ({ $date }), які задаў цяперашні статус: { $names }
sync-hold-grave = ⚫ <b>{ $name }</b>: { $status }.
sync-hold-grave-dated = ⚫ <b>{ $name }</b>: { $status }, { $date }.
sync-hold-wording = Крыніца піша: «{ $wording }»
sync-hold-link = Старонка чалавека ў крыніцы: { $url }
sync-hold-flapping = 🔁 <b>{ $name }</b>: статус мяняўся туды-сюды на працягу 24 гадзін: { $statuses }.
sync-person-held-title = ⚠️ <b>{ $source }</b>: запуск #{ $run } затрымлівае змену для аднаго чалавека, пакуль адмін яе не пацвердзіць. Нікому яшчэ не паведамлена; астатняе з запуску #{ $parent } ужыта.
sync-person-held-actions = /sync_confirm { $run } паведаміць тым, хто сочыць за гэтым чалавекам; /sync_reject { $run } адкіне (пакуль крыніца піша пра гэтага чалавека тое ж самае, пытання больш не будзе).
