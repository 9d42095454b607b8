admin-add-usage = Send the Telegram user id of the new admin: <code>/admin_add 123456789</code>.
admin-added = User <code>{ $user }</code> is now an admin.
admin-already = User <code>{ $user }</code> already is an admin.
audit-empty = No admin actions yet.
audit-title = The latest { $count } admin actions (newest first):
