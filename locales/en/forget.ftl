# /forget: erase everything stored about a chat.
forget-confirm =
    <b>Erase everything Vestka stores about you?</b>

    This deletes at once the people and names you follow, your language and settings, and any messages waiting to be sent to you. It cannot be undone, and you will get no more alerts.
forget-yes = Yes, erase everything
forget-no = Cancel
forget-done =
    <b>Erased:</b>
    • people you followed: { $follows }
    • names waiting to be listed: { $pending }
    • messages waiting to be sent: { $queued }
    • your language and settings.
    Vestka stores nothing about you now.

    To remove this conversation from your phone too, delete the chat in Telegram.
forget-nothing =
    Nothing was stored about you, so there was nothing to erase.

    To remove this conversation from your phone, delete the chat in Telegram.
forget-cancelled = Nothing was erased.
cmd-forget = erase everything stored about you
