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
channel-scope-followed = толькі людзі з яго ўласнага спісу (/channel_follow)
channel-set-usage = Як: /channel_set @канал hour=20 tz=Europe/Minsk lang=be scope=all|followed digest=on|off announce=on|off empty=on|off chart=off|daily|weekly birthdays=on|off edition=daily|weekly day=mon…sun (любыя з іх).
channel-set-bad = Не зразумеў: { $what }. { channel-set-usage }
channel-updated = Захавана.
language-name-be = беларуская
language-name-ru = руская
language-name-en = англійская
channels-list = Яго спіс для scope=followed:
channels-list-empty = Яго спіс для scope=followed пусты. Дадаць чалавека: /channel_follow { $chat } &lt;імя&gt;.
channel-follow-usage = Як: /channel_follow @канал &lt;імя&gt; дадае чалавека ва ўласны спіс канала; дайджэст са scope=followed ахоплівае толькі людзей з яго. /channel_unfollow @канал &lt;імя або нумар&gt; прыбірае са спісу; /channels паказвае спісы.
channel-follow-ambiguous = У спісе палітвязняў некалькі людзей з такім імем. Выберыце, каго дадаць у спіс { $title }:
channel-follow-none = Чалавека з такім імем у спісе палітвязняў няма. У спіс канала можна дадаць толькі таго, хто ўжо ў ім ёсць; праверце напісанне або дадайце чалавека, калі яго ўнясуць у спіс.
channel-follow-gone = Гэтага чалавека больш няма ў спісе палітвязняў.
channel-follow-limit = { $limit ->
    [one] У спісе { $title } ужо { $limit } чалавек, гэта найбольшая магчымая колькасць.
    [few] У спісе { $title } ужо { $limit } чалавекі, гэта найбольшая магчымая колькасць.
    [many] У спісе { $title } ужо { $limit } чалавек, гэта найбольшая магчымая колькасць.
   *[other] У спісе { $title } ужо { $limit } чалавека, гэта найбольшая магчымая колькасць.
}
channel-follow-done = <b>{ $name }</b> цяпер у спісе { $title }.
channel-follow-already = <b>{ $name }</b> ужо быў у спісе { $title }.
channel-follow-scope-hint = Дайджэст канала пакуль ахоплівае ўсе змены. Каб ахопліваў толькі яго спіс: /channel_set { $chat } scope=followed
channel-unfollow-usage = Як: /channel_unfollow @канал &lt;імя&gt; або нумар чалавека з /channels.
channel-unfollow-done = <b>{ $name }</b> больш няма ў спісе { $title }.
channel-unfollow-not-listed = У спісе { $title } няма чалавека з такім імем або нумарам. Спіс: /channels.
channel-unfollow-several = У спісе { $title } некалькі людзей з такім імем. Дашліце замест імя нумар з /channels.
channel-list-reset-notice =
    <b>Канал { $channel }: спіс для дайджэста скінуты.</b> Дагэтуль канал са scope=followed публікаваў людзей, за якімі сочыць адмін, што прывязаў канал. Цяпер у каналаў уласны спіс, і ў гэтага канала ён пусты, таму яго дайджэст нікога не называе, пакуль адмін не дадасць людзей.
    Дадаць: /channel_follow { $channel } &lt;імя&gt;. Або ахопліваць усе змены: /channel_set { $channel } scope=all.
channel-weekly-hour = раз на тыдзень, { $day } а { $hour }
