# The daily digest: counts, the number held, one line per person. Data is escaped before it gets here.
digest-title = <b>Vestka digest</b>, { $from } – { $to }
digest-held = Held now: { $count } { digest-prisoners }.
digest-held-same = Held now: { $count } { digest-prisoners }, the same as at the last digest.
digest-held-up = Held now: { $count } { digest-prisoners }, { $change } more than at the last digest.
digest-held-down = Held now: { $count } { digest-prisoners }, { $change } fewer than at the last digest.
digest-prisoners = { $count ->
    [one] political prisoner
   *[other] political prisoners
}
digest-empty = No changes in this period.
digest-counts = Changes: { $list }.
digest-count-newly_listed = { $count ->
    [one] { $count } newly listed
   *[other] { $count } newly listed
}
digest-count-detained = { $count ->
    [one] { $count } detention
   *[other] { $count } detentions
}
digest-count-returned_to_custody = { $count ->
    [one] { $count } held again
   *[other] { $count } held again
}
digest-count-sentenced = { $count ->
    [one] { $count } verdict
   *[other] { $count } verdicts
}
digest-count-sentence_changed = { $count ->
    [one] { $count } sentence change
   *[other] { $count } sentence changes
}
digest-count-transferred = { $count ->
    [one] { $count } transfer
   *[other] { $count } transfers
}
digest-count-released = { $count ->
    [one] { $count } release
   *[other] { $count } releases
}
digest-count-released_end_of_term = { $count ->
    [one] { $count } release at the end of the term
   *[other] { $count } releases at the end of the term
}
digest-count-pardoned = { $count ->
    [one] { $count } pardon
   *[other] { $count } pardons
}
digest-count-expelled = { $count ->
    [one] { $count } expulsion abroad
   *[other] { $count } expulsions abroad
}
digest-count-whereabouts_unknown = { $count ->
    [one] { $count } person whose whereabouts are unknown
   *[other] { $count } people whose whereabouts are unknown
}
digest-count-contact_restored = { $count ->
    [one] { $count } person heard of again
   *[other] { $count } people heard of again
}
digest-count-died_in_custody = { $count ->
    [one] { $count } death in custody
   *[other] { $count } deaths in custody
}
digest-section-grave = <b>Deaths in custody and whereabouts unknown</b>
digest-section-listed = <b>Newly listed and detained</b>
digest-section-verdicts = <b>Verdicts and sentence changes</b>
digest-section-transfers = <b>Transfers</b>
digest-section-releases = <b>Releases</b>
digest-section-other = <b>Other</b>
digest-entry-newly_listed = • { $name }: recognised as a political prisoner
digest-entry-detained = • { $name }: detained
digest-entry-returned_to_custody = • { $name }: held again after having been freed
digest-entry-sentenced = • { $name }: verdict
digest-entry-sentenced-term = • { $name }: verdict, { $term }
digest-entry-sentence_changed = • { $name }: sentence changed
digest-entry-sentence_changed-term = • { $name }: sentence changed, now { $term }
digest-entry-transferred = • { $name }: moved
digest-entry-transferred-to = • { $name }: moved to { $facility }
digest-entry-released = • { $name }: released
digest-entry-released_end_of_term = • { $name }: released at the end of the term
digest-entry-pardoned = • { $name }: pardoned
digest-entry-expelled = • { $name }: freed and sent to { $country }
digest-entry-expelled-somewhere = • { $name }: freed and sent out of Belarus
digest-entry-whereabouts_unknown = • { $name }: whereabouts unknown
digest-entry-contact_restored = • { $name }: heard of again
digest-entry-died_in_custody = • { $name }: died in custody
digest-entry-earlier = { $entry } (earlier in this period: { $list })

# /digest settings
digest-settings-title = <b>Daily digest</b>
digest-settings-on = On: every day at { $hour } ({ $timezone }).
digest-settings-off = Off. Turn it on to get one message a day with every change on the list.
digest-settings-zone-alias = { $timezone } is the same zone as { $canonical }.
digest-settings-scope-all = Covers: every change on the list.
digest-settings-scope-followed = Covers: only the people you follow.
digest-settings-empty-on = On days without changes: a one-line "no changes" message.
digest-settings-empty-off = On days without changes: nothing.
digest-settings-hint = Another hour: /digest_hour 21. Another time zone: /digest_tz America/Toronto.
digest-turn-on = Turn the digest on
digest-turn-off = Turn the digest off
digest-scope-all-button = Everything
digest-scope-followed-button = Only people I follow
digest-empty-on-button = Send "no changes"
digest-empty-off-button = Send nothing on quiet days
digest-zone-Europe-Minsk = Minsk
digest-zone-Europe-Vilnius = Vilnius
digest-zone-Europe-Warsaw = Warsaw
digest-zone-Europe-Kyiv = Kyiv
digest-zone-Europe-Berlin = Berlin
digest-zone-Europe-London = London
digest-zone-America-New_York = New York
digest-hour-usage = Send the hour as a number from 0 to 23, for example: /digest_hour 21
digest-tz-usage = Send a time zone name, for example: /digest_tz Europe/Vilnius (a list: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)
digest-tz-unknown = This is not a time zone name I know. Try the form Region/City, for example Europe/Vilnius.
cmd-digest = daily digest: on or off, hour, time zone, scope
digest-settings-chart-off = Chart of the number held: off.
digest-settings-chart-daily = Chart of the number held: before every digest.
digest-settings-chart-weekly = Chart of the number held: before the first digest of each week.
digest-chart-off-button = No chart
digest-chart-daily-button = Chart every time
digest-chart-weekly-button = Chart weekly
digest-birthdays-title = <b>Birthdays this week</b>
digest-birthdays-none = No one held has a birthday this week, as far as the list gives birth dates.
digest-birthday-line = • { $name }: { $date }, turns { $age }
digest-birthday-address = { "  " }{ $facility }, { $address }
digest-birthday-facility = { "  " }{ $facility } (no postal address given)
# Checked against published advice (7 Dec 2026): Libereco, "Writing letters to political prisoners"
# (libereco.org: texts must be in Russian or Belarusian; write about everyday, positive things, no
# political statements) and bomega.pl (letters in other languages are thrown away by the censor).
digest-birthdays-how = Write in Belarusian or Russian: the prison censor reads every letter, and one in another language may not be handed over. Write about everyday things, not about the case.
digest-settings-birthdays-on = Birthdays this week: at the end of each digest.
digest-settings-birthdays-off = Birthdays this week: not shown.
digest-birthdays-on-button = Add birthdays this week
digest-birthdays-off-button = No birthdays section

# The weekly edition (/digest_weekly)
digest-weekly-title = <b>Vestka weekly digest</b>, week of { $from } – { $to }
digest-settings-on-weekly = On, weekly: every { $day } at { $hour } ({ $timezone }), covering the last week from Monday to Sunday.
digest-settings-weekly-hint = Once a week instead of every day: /digest_weekly mon (any day, mon to sun).
digest-settings-weekly-hint-off = Another day: /digest_weekly fri. Back to every day: /digest_weekly off.
digest-weekly-usage = Send a day of the week for a weekly digest, or off to get it every day again, for example: /digest_weekly mon (mon, tue, wed, thu, fri, sat, sun, or 1 to 7).
cmd-digest-weekly = weekly digest instead of daily: a day, or off
digest-weekday-1 = Monday
digest-weekday-2 = Tuesday
digest-weekday-3 = Wednesday
digest-weekday-4 = Thursday
digest-weekday-5 = Friday
digest-weekday-6 = Saturday
digest-weekday-7 = Sunday
