# Admin /queue: how delivery is doing, for the whole service. No figure here moves with one batch's
# recipients: waiting times only once longer than normal, counts only over long windows, rounded.
queue-title = Delivery
queue-class-alerts = Alerts (grave alerts, alerts, corrections)
queue-class-other = Other messages (notices, digests, announcements)
queue-state-on_time = { $class }: on time.
queue-state-delayed = { $class }: delayed; the longest-waiting message has waited { $minutes } min.
queue-state-stalled = { $class }: stalled; the longest-waiting message has waited { $minutes } min. Check the logs.
queue-delivered-at-least = Delivered in the last 7 days: { $count } or more.
queue-delivered-few = Delivered in the last 7 days: fewer than 1,000.
queue-failed = Attempts that failed in the last 24 hours: { $percent } % (chats that blocked the bot not counted).
queue-failed-few = Attempts that failed in the last 24 hours: too few attempts to give a share.
queue-refused-yes = Telegram refused some messages for good in the last 35 days (dead letters).
queue-refused-no = Telegram refused no message in the last 35 days.
queue-why = Counts are shown only over long windows and rounded, so that nobody can tell from them how many people follow anyone.
