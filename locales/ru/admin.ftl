admin-add-usage = Пришлите Telegram id нового админа: <code>/admin_add 123456789</code>.
admin-added = Пользователь <code>{ $user }</code> теперь админ.
admin-already = Пользователь <code>{ $user }</code> уже админ.
audit-empty = Действий админов пока нет.
audit-title = Последние действия админов ({ $count }), новые сверху:
