# Привязанные каналы (только администраторы).
channel-add-usage = Как: /channel_add @канал [be|ru|en]. Сначала сделайте бота администратором канала с правом публикации.
channel-not-found = Telegram не знает такого канала, или бота в нём нет. Сначала добавьте бота в канал администратором.
channel-not-channel = Это не канал. Дайджест публикуется только в каналах.
channel-not-admin = Бот не администратор { $title } с правом публикации. Дайте ему это право и попробуйте снова.
channel-added = Канал { $title } привязан. Дайджест каждый день в { $hour } ({ $timezone }), язык: { $language }, охват: { $scope }. Изменить: /channel_set.
channel-already = { $title } уже привязан; настройки не изменились.
channel-unknown = Такого привязанного канала нет. Список: /channels.
channel-removed = { $title } отвязан. Больше туда ничего не будет публиковаться.
channels-none = Привязанных каналов нет. Привязать: /channel_add @канал.
channels-title = <b>Привязанные каналы</b>
channels-line = { $title }: дайджест { $digest }, { $hour } ({ $timezone }), { $language }, { $scope }; объявления о массовых освобождениях { $announce }.
channel-state-on = вкл.
channel-state-off = выкл.
channel-scope-all = все изменения
channel-scope-followed = люди, за которыми следите вы
channel-set-usage = Как: /channel_set @канал hour=20 tz=Europe/Minsk lang=be scope=all|followed digest=on|off announce=on|off empty=on|off (любые из них).
channel-set-bad = Не понял: { $what }. { channel-set-usage }
channel-updated = Сохранено.
