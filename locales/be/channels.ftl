# Прывязаныя каналы (толькі адміністратары).
channel-add-usage = Як: /channel_add @канал [be|ru|en]. Спачатку зрабіце бота адміністратарам канала з правам публікацыі.
channel-not-found = Telegram не ведае такога канала, або бота ў ім няма. Спачатку дадайце бота ў канал адміністратарам.
channel-not-channel = Гэта не канал. Дайджэст публікуецца толькі ў каналах.
channel-not-admin = Бот не адміністратар { $title } з правам публікацыі. Дайце яму гэтае права і паспрабуйце зноў.
channel-added = Канал { $title } прывязаны. Дайджэст кожны дзень а { $hour } ({ $timezone }), мова: { $language }, ахоп: { $scope }. Змяніць: /channel_set.
channel-already = { $title } ужо прывязаны; налады не змяніліся.
channel-unknown = Такога прывязанага канала няма. Спіс: /channels.
channel-removed = { $title } адвязаны. Больш туды нічога не будзе публікавацца.
channels-none = Прывязаных каналаў няма. Прывязаць: /channel_add @канал.
channels-title = <b>Прывязаныя каналы</b>
channels-line = { $title }: дайджэст { $digest }, { $hour } ({ $timezone }), { $language }, { $scope }; аб'явы пра масавыя вызваленні { $announce }.
channel-state-on = укл.
channel-state-off = выкл.
channel-scope-all = усе змены
channel-scope-followed = людзі, за якімі сочыце вы
channel-set-usage = Як: /channel_set @канал hour=20 tz=Europe/Minsk lang=be scope=all|followed digest=on|off announce=on|off empty=on|off (любыя з іх).
channel-set-bad = Не зразумеў: { $what }. { channel-set-usage }
channel-updated = Захавана.
