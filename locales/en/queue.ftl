# Admin /queue: delivery figures for the whole service.
queue-title = Delivery queue
queue-waiting = Waiting: { $pending }, being sent: { $sending }
queue-kind-line = • { $kind }: { $pending } waiting, { $sending } being sent
queue-oldest = Oldest waiting message queued { $seconds } s ago
queue-oldest-none = Nothing is waiting.
queue-sent = Sent: { $minute } in the last minute, { $hour } in the last hour
queue-failures = Failed attempts in the last hour: { $count }
queue-failure-line = • { $kind } / { $outcome }: { $count }
queue-dead-letters = Refused by Telegram for good (dead letters, all time): { $count }
