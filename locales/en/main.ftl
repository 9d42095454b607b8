# Start, language, help, privacy and fallbacks.
start-welcome =
    <b>Vestka</b> tells you the moment something happens to a Belarusian political prisoner you follow: detention, recognition, verdict, transfer, release, pardon, expulsion abroad, loss of contact.
    Send a name in any spelling to find a person.
start-privacy-short =
    🔒 Vestka stores only your chat id, your language and the people you follow: never your name or phone number.
    Nobody can see who follows whom; /forget erases everything at once.
start-choose-language = Choose your language:
language-set = Language: English.
start-next-steps = Send me a name, in any spelling, to find a person and follow them. /help lists all commands.
help-intro = <b>Vestka</b> sends news about political prisoners in Belarus: send a name in any spelling to find a person.
privacy-text =
    <b>What Vestka stores</b>
    • Your chat id, the language and time zone you chose, and your settings (digest, discreet alerts, quiet hours, grave news in quiet hours, protected alerts, announcements).
    • The people you follow, or, for a name not yet on the list, the name as you typed it until it is matched.
    • Messages waiting to be sent to you, until they are sent; after that only the fact that a message was sent, for 35 days, never its words; if the digest is on, the dates and periods of your digests, so each day gets one.
    Nothing is stored when you only search for a name: a name is kept only if you choose to follow it, and a chat is stored from your first follow, setting or choice of language.

    Nothing else: not your name, username or phone number. Nobody, admins included, can see who follows whom, or how many people follow anyone; admins see only whether delivery works. Logs never contain what you type, and chat ids in them are scrambled.

    <b>Erase everything</b>: /forget deletes all of the above at once. If you block the bot, the same happens 30 days later.
privacy-disk-at_once =
    <b>What stays on the server's disk after /forget</b>: nothing of yours in the database files. Within seconds the tables are rewritten and the database's change log (write-ahead log) is moved on and the old part deleted, so nothing you typed is left in any of the database's files. What remains: a note that some message could not be delivered, without its words or your chat id (up to 35 days); the server's logs, with your chat id only in scrambled form, for as long as the operator keeps logs; and any backup of the server its operator made.
privacy-disk-nightly =
    <b>What stays on the server's disk after /forget</b>: your rows are deleted at once, but the database keeps their bytes in its files until the nightly cleanup (03:17 UTC) rewrites the tables, so for at most a day. The database server's change log (write-ahead log) and its backups are kept as their operator set them up, outside Vestka. Also remaining: a note that some message could not be delivered, without its words or your chat id (up to 35 days), and the server's logs, with your chat id only in scrambled form.
privacy-auto-delete =
    <b>Messages on your phone</b>: Telegram can delete the messages in this chat for you after a day, a week or a month. Open this chat's menu (⋮ on Android and on a computer; on an iPhone tap the bot's name, then ⋯), choose <i>Auto-delete</i> and a period. In /settings you can also protect alerts, so they cannot be forwarded or saved.
privacy-sources = Information about prisoners comes from public sources such as the Viasna Human Rights Centre.
help-auto-delete = To have Telegram delete this chat's messages after a day, a week or a month: the chat's menu (⋮; on an iPhone tap the bot's name, then ⋯) → <i>Auto-delete</i>. /privacy says what is stored and for how long.
unhandled = I can only read text. Send a person's name to find them, or /help for the commands.
unknown-command = I do not know this command. Send a person's name to find them, or /help for the commands.
button-outdated = This button is no longer active.
error-generic = Something went wrong on our side. Please try again in a minute.
cmd-start = what Vestka does, choose a language
cmd-help = all commands
cmd-language = change the language
cmd-privacy = what is stored and how to erase it
