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
channel-scope-followed = the people you follow
channel-set-usage = Usage: /channel_set @channel hour=20 tz=Europe/Minsk lang=be scope=all|followed digest=on|off announce=on|off empty=on|off (any of them).
channel-set-bad = Not understood: { $what }. { channel-set-usage }
channel-updated = Saved.
