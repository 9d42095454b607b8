# Linked channels (admins only): /channel_add, /channel_set, /channel_remove, /channels.
channel-add-usage = Usage: /channel_add @channel [be|ru|en]. First make this bot an administrator of the channel with the right to post.
channel-not-found = Telegram knows no channel by that name, or the bot is not in it. Add the bot to the channel as an administrator first.
channel-not-channel = That chat is not a channel. Digests can be posted to channels only.
channel-not-admin = The bot is not an administrator of { $title } with the right to post messages. Give it that right, then try again.
channel-added = Linked { $title }. Digest every day at { $hour } ({ $timezone }), in { $language }, covering { $scope }. Change it with /channel_set.
channel-already = { $title } was already linked; its settings are unchanged.
channel-unknown = No linked channel by that name. /channels lists them.
channel-removed = { $title } is no longer linked. Nothing more will be posted there.
channels-none = No channels are linked. Link one with /channel_add @channel.
channels-title = <b>Linked channels</b>
channels-line = { $title }: digest { $digest }, { $hour } ({ $timezone }), { $language }, { $scope }; batch-release announcements { $announce }.
channel-state-on = on
channel-state-off = off
channel-scope-all = every change
channel-scope-followed = only the people on its own list (/channel_follow)
channel-set-usage = Usage: /channel_set @channel hour=20 tz=Europe/Minsk lang=be scope=all|followed digest=on|off announce=on|off empty=on|off chart=off|daily|weekly birthdays=on|off edition=daily|weekly day=mon…sun (any of them).
channel-set-bad = Not understood: { $what }. { channel-set-usage }
channel-updated = Saved.
language-name-be = Belarusian
language-name-ru = Russian
language-name-en = English
channels-list = Its list, for scope=followed:
channels-list-empty = Its list, for scope=followed, is empty. Add people with /channel_follow { $chat } &lt;name&gt;.
channel-follow-usage = Usage: /channel_follow @channel &lt;name&gt; adds a person to the channel's own list; a digest with scope=followed covers only the people on it. /channel_unfollow @channel &lt;name or number&gt; takes one off; /channels shows the lists.
channel-follow-ambiguous = Several people on the register have a name like this. Choose the one to add to the list of { $title }:
channel-follow-none = No one with this name is on the register. A channel's list can hold only people already listed; check the spelling, or add the person once they are listed.
channel-follow-gone = This person is no longer on the register.
channel-follow-limit = { $limit ->
    [one] The list of { $title } already holds { $limit } person, the most a channel's list can.
   *[other] The list of { $title } already holds { $limit } people, the most a channel's list can.
}
channel-follow-done = <b>{ $name }</b> is now on the list of { $title }.
channel-follow-already = <b>{ $name }</b> was already on the list of { $title }.
channel-follow-scope-hint = The channel's digest still covers every change. To cover only its list: /channel_set { $chat } scope=followed
channel-unfollow-usage = Usage: /channel_unfollow @channel &lt;name&gt;, or the person's number from /channels.
channel-unfollow-done = <b>{ $name }</b> is no longer on the list of { $title }.
channel-unfollow-not-listed = No one with that name or number is on the list of { $title }. /channels shows the list.
channel-unfollow-several = More than one person on the list of { $title } has a name like this. Send their number from /channels instead.
channel-list-reset-notice =
    <b>Channel { $channel }: its digest list was reset.</b> Until now, a channel with scope=followed published the people followed by the admin who linked it. Channels now have a list of their own, and this channel's list is empty, so its digest names no one until an admin adds people.
    Add people: /channel_follow { $channel } &lt;name&gt;. Or cover every change: /channel_set { $channel } scope=all.
channel-weekly-hour = weekly, { $day } at { $hour }
