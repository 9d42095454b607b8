# Admin /queue: delivery figures for the whole service.
queue-title = Чарга адпраўкі
queue-waiting = Чакаюць адпраўкі: { $pending }, адпраўляюцца: { $sending }
queue-kind-line = • { $kind }: чакаюць { $pending }, адпраўляюцца { $sending }
queue-oldest = Найстарэйшае паведамленне ў чарзе пастаўлена { $seconds } с таму
queue-oldest-none = Нічога не чакае адпраўкі.
queue-sent = Адпраўлена: за апошнюю хвіліну { $minute }, за апошнюю гадзіну { $hour }
queue-failures = Няўдалых спробаў за апошнюю гадзіну: { $count }
queue-failure-line = • { $kind } / { $outcome }: { $count }
queue-dead-letters = Канчаткова адхілена Telegram (за ўвесь час): { $count }
