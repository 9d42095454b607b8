# Finding a person by name, following, /list and /unfollow, and answers to input that is not a name.
search-match-hint = <i>Not the person you mean? Send the name with the year of birth or the town, for example: Ales Bialiatski 1962.</i>
search-ambiguous = Several people on the list have a name like this. Choose the one you mean:
search-ambiguous-hint = <i>If the person you mean is not here, send the name again with the year of birth or the town.</i>
search-near = No one with exactly this name is on the list. Did you mean one of these people? Their names are close to the one you sent:
search-near-hint = <i>Tap a name to see the card. If none of them is the person you mean, they may simply not be listed yet: follow the name anyway, and you will get a message here as soon as someone with this name is listed.</i>
search-found-as = Found by another name: { $what }
other-name-maiden = born { $name }
other-name-married = married name { $name }
other-name-pseudonym = writes as { $name }
other-name-former = formerly { $name }
other-name-other = also { $name }
search-none =
    No one with this name is on the list of political prisoners yet.

    Any spelling works, in Cyrillic or Latin letters, so please check the name. If the person was detained recently, they may simply not be listed yet: you can follow the name anyway. The moment someone with this name is listed, you will get a message here, and from then on all news about them.
follow-button = Follow
follow-anyway-button = Follow this name anyway
follow-choice-button = Follow #{ $number }
unfollow-button = Stop following
follow-toast = You follow this person now.
follow-done = You now follow <b>{ $name }</b>. When anything changes (status, place of detention, sentence), you will get a message here, also after a release. /list shows everyone you follow.
follow-already = You already follow <b>{ $name }</b>. /list shows everyone you follow.
follow-pending-done = You now follow the name <b>{ $name }</b>. It is not on the list yet; as soon as someone with this name is listed, you will get a message here. /list shows it as waiting.
follow-pending-already = You already follow the name <b>{ $name }</b>. It is waiting until someone with this name is listed.
follow-limit = { $limit ->
    [one] You already follow { $limit } person or name, the most one person can. To follow someone else, stop following first: /list.
   *[other] You already follow { $limit } people or names, the most one person can. To follow someone else, stop following someone first: /list.
}
follow-not-found = This person is no longer on the list. Send the name again to search.
follow-name-gone = I can no longer read the name from that message. Please send the name again.
follow-usage = Send the person's name after /follow, in any spelling, for example: <code>/follow Ales Bialiatski</code>. You can also just send the name as a message.
follow-link-missing = The card this link points to no longer exists. Send a name, in any spelling, to search.
list-empty = You do not follow anyone yet. Send a name, in any spelling, to find a person.
list-title = { $count ->
    [one] You follow one person or name (at most { $limit }):
   *[other] You follow { $count } people or names (at most { $limit }):
}
list-person = { $number }. <b>{ $name }</b>: { $status }
list-person-since = { $number }. <b>{ $name }</b>: { $status }, since { $date }
list-pending = { $number }. <b>{ $name }</b>: waiting, not on the list yet
list-footer = Tap a name to see the card; ✕ stops following.
list-pending-toast = Waiting: no one with this name is on the list yet.
unfollow-confirm = Stop following this person: <b>{ $name }</b>? You will no longer get news about them here.
unfollow-confirm-pending = Stop following the name <b>{ $name }</b>? You will not be told if someone with this name is listed.
unfollow-yes = Yes, stop following
unfollow-no = No, keep following
unfollow-done = Done: <b>{ $name }</b> is no longer on your list. You can follow again at any time by sending the name.
unfollow-kept = Nothing changed: <b>{ $name }</b> stays on your list.
unfollow-gone = This follow no longer exists. /list shows what you follow now.
unfollow-usage = To stop following someone, tap ✕ next to them in /list, or send their number from /list, for example: <code>/unfollow 2</code>.
input-empty = Send a person's name as a message, in any spelling, for example: Алесь Бяляцкі or Ales Bialiatski.
input-too-long = That is too long for a name. Send just the name (at most { $max } characters), in any spelling.
input-emoji-only = I cannot find a person by emoji. Send the name in letters, for example: Ales Bialiatski.
input-no-letters = There is no name in that. Send the person's name in letters; you may add the year of birth.
input-script = The list is written in Cyrillic and Latin letters, and this looks like { $script }. Please write the name in Cyrillic or Latin letters.
input-too-many-words = That looks like more than a name. Send just the first name and surname, and the year of birth if you know it.
input-not-a-name = That does not look like a name. Send the person's first name and surname, in any spelling.
input-forwarded = I do not read forwarded messages. If you are looking for someone, copy their name and send it to me yourself.
input-not-text = I can only read text. Send the person's name as a message; /help lists the commands.
input-flood = You are sending messages faster than I can answer. Please wait a few seconds, then send again.
script-arabic = Arabic script
script-chinese = Chinese characters
script-japanese = Japanese script
script-korean = Korean script
script-hebrew = Hebrew script
script-greek = Greek letters
script-georgian = Georgian script
script-armenian = Armenian script
script-devanagari = Devanagari
script-other = another script
cmd-follow = follow a person by name
cmd-list = whom you follow, stop following
