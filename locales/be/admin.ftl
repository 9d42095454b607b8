admin-add-usage = Дашліце Telegram id новага адміна: <code>/admin_add 123456789</code>.
admin-added = Карыстальнік <code>{ $user }</code> цяпер адмін.
admin-already = Карыстальнік <code>{ $user }</code> ужо адмін.
audit-empty = Дзеянняў адмінаў пакуль няма.
audit-title = Апошнія дзеянні адмінаў ({ $count }), новыя зверху:
