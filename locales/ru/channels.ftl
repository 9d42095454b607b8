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
channel-scope-followed = только люди из его собственного списка (/channel_follow)
channel-set-usage = Как: /channel_set @канал hour=20 tz=Europe/Minsk lang=be scope=all|followed digest=on|off announce=on|off empty=on|off chart=off|daily|weekly birthdays=on|off edition=daily|weekly day=mon…sun (любые из них).
channel-set-bad = Не понял: { $what }. { channel-set-usage }
channel-updated = Сохранено.
language-name-be = белорусский
language-name-ru = русский
language-name-en = английский
channels-list = Его список для scope=followed:
channels-list-empty = Его список для scope=followed пуст. Добавить человека: /channel_follow { $chat } &lt;имя&gt;.
channel-follow-usage = Как: /channel_follow @канал &lt;имя&gt; добавляет человека в собственный список канала; дайджест со scope=followed охватывает только людей из него. /channel_unfollow @канал &lt;имя или номер&gt; убирает из списка; /channels показывает списки.
channel-follow-ambiguous = В списке политзаключённых несколько людей с таким именем. Выберите, кого добавить в список { $title }:
channel-follow-none = Человека с таким именем в списке политзаключённых нет. В список канала можно добавить только того, кто уже в нём есть; проверьте написание или добавьте человека, когда его внесут в список.
channel-follow-gone = Этого человека больше нет в списке политзаключённых.
channel-follow-limit = { $limit ->
    [one] В списке { $title } уже { $limit } человек, это наибольшее возможное число.
    [few] В списке { $title } уже { $limit } человека, это наибольшее возможное число.
    [many] В списке { $title } уже { $limit } человек, это наибольшее возможное число.
   *[other] В списке { $title } уже { $limit } человека, это наибольшее возможное число.
}
channel-follow-done = <b>{ $name }</b> теперь в списке { $title }.
channel-follow-already = <b>{ $name }</b> уже был в списке { $title }.
channel-follow-scope-hint = Дайджест канала пока охватывает все изменения. Чтобы охватывал только его список: /channel_set { $chat } scope=followed
channel-unfollow-usage = Как: /channel_unfollow @канал &lt;имя&gt; или номер человека из /channels.
channel-unfollow-done = <b>{ $name }</b> больше нет в списке { $title }.
channel-unfollow-not-listed = В списке { $title } нет человека с таким именем или номером. Список: /channels.
channel-unfollow-several = В списке { $title } несколько людей с таким именем. Пришлите вместо имени номер из /channels.
channel-list-reset-notice =
    <b>Канал { $channel }: список для дайджеста сброшен.</b> До сих пор канал со scope=followed публиковал людей, за которыми следит админ, привязавший канал. Теперь у каналов собственный список, и у этого канала он пуст, поэтому его дайджест никого не называет, пока админ не добавит людей.
    Добавить: /channel_follow { $channel } &lt;имя&gt;. Или охватывать все изменения: /channel_set { $channel } scope=all.
channel-weekly-hour = раз в неделю, { $day } в { $hour }
