# Discreet mode: the first line of every message, so a lock-screen preview names no one (no names,
# no prison words, no numbers). An empty line follows it.
discreet-lead-alert = Vestka: news about someone you follow.
discreet-lead-correction = Vestka: a correction to an earlier message.
discreet-lead-notice = Vestka: a message from the service.
discreet-lead-digest = Vestka: your daily summary.
discreet-lead-announcement = Vestka: an announcement.
