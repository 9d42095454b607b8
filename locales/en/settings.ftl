# /settings: discreet alerts, quiet hours, announcements of batch releases.
settings-title = <b>Settings</b>
settings-discreet-on = <b>Discreet alerts: on.</b> Every alert begins with a neutral line, so a lock-screen preview shows no names.
settings-discreet-off = <b>Discreet alerts: off.</b> Alerts begin with the person's name.
settings-quiet-on = <b>Quiet hours: { $from }–{ $to }</b> ({ $timezone }). Digests and announcements wait until the quiet hours end; alerts about the people you follow come at once.
settings-quiet-off = <b>Quiet hours: off.</b> Messages come whenever they are ready.
settings-announcements-on = <b>Announcements of batch releases: on.</b> You get one message when a group of political prisoners is released.
settings-announcements-off = <b>Announcements of batch releases: off.</b>
settings-discreet-turn-on = Turn discreet alerts on
settings-discreet-turn-off = Turn discreet alerts off
settings-quiet-button = Quiet { $from }–{ $to }
settings-quiet-off-button = No quiet hours
settings-announcements-turn-on = Turn announcements on
settings-announcements-turn-off = Turn announcements off
settings-saved = Saved.
cmd-settings = discreet alerts, quiet hours, announcements
