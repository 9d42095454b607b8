# Admin /queue: how delivery is doing, for the whole service. No figure here moves with one batch's
# recipients: waiting times only once longer than normal, counts only over long windows, rounded.
queue-title = Адпраўка
queue-class-alerts = Апавяшчэнні (цяжкія навіны, апавяшчэнні, выпраўленні)
queue-class-other = Іншыя паведамленні (паведамленні службы, зводкі, аб'явы)
queue-state-on_time = { $class }: своечасова.
queue-state-delayed = { $class }: з затрымкай; найдаўжэйшае чаканне: { $minutes } хв.
queue-state-stalled = { $class }: адпраўка стаіць; найдаўжэйшае чаканне: { $minutes } хв. Праверце журнал.
queue-delivered-at-least = Дастаўлена за апошнія 7 дзён: { $count } або больш.
queue-delivered-few = Дастаўлена за апошнія 7 дзён: менш за 1 000.
queue-failed = Няўдалых спроб за апошнія 24 гадзіны: { $percent } % (без чатаў, што заблакавалі бота).
queue-failed-few = Няўдалых спроб за апошнія 24 гадзіны: спроб занадта мала, каб назваць долю.
queue-refused-yes = За апошнія 35 дзён Telegram канчаткова адхіліў некаторыя паведамленні.
queue-refused-no = За апошнія 35 дзён Telegram не адхіліў ніводнага паведамлення.
queue-why = Лічбы паказваюцца толькі за доўгія перыяды і акругленымі, каб па іх нельга было даведацца, колькі людзей за кімсьці сочаць.
