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
    • Your chat id, the language and time zone you chose, and your settings (digest, discreet alerts, quiet hours, announcements).
    • The people you follow, or, for a name not yet on the list, the name as you typed it until it is matched.
    • Messages waiting to be sent to you, until they are sent; after that only the fact that a message was sent, for 35 days; if the digest is on, the dates and periods of your digests, so each day gets one.
    Nothing is stored when you only search for a name: a name is kept only if you choose to follow it, and a chat is stored from your first follow, setting or choice of language.

    Nothing else: not your name, username or phone number. Nobody, admins included, can see who follows whom; admins see only totals for the whole service. Logs never contain what you type, and chat ids in them are scrambled.

    <b>Erase everything</b>: /forget deletes all of the above at once.

    Information about prisoners comes from public sources such as the Viasna Human Rights Centre.
unhandled = I can only read text. Send a person's name to find them, or /help for the commands.
unknown-command = I do not know this command. Send a person's name to find them, or /help for the commands.
button-outdated = This button is no longer active.
error-generic = Something went wrong on our side. Please try again in a minute.
cmd-start = what Vestka does, choose a language
cmd-help = all commands
cmd-language = change the language
cmd-privacy = what is stored and how to erase it
