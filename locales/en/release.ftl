# Batch releases: admins only.
release-ask-title = <b>New release batch.</b> Send its title, for example: <i>13 December 2025: 123 released</i>. In several languages, one line each: <code>be: …</code>, <code>ru: …</code>, <code>en: …</code>. /release_cancel stops.
release-titles-saved = Title saved:
release-ask-titles = Readers of a language without its own title will see one of these in quotation marks, with its language named. To give the title in their language, send one line per language: { $missing }. If I took the language wrongly, send the same title with the right prefix. Or tap the button to go on.
release-titles-keep = Go on with these
release-previous-cancelled = Your unfinished batch #{ $batch } was cancelled.
release-ask-date = The date of the release: <code>2025-12-13</code> or <code>13.12.2025</code>.
release-ask-kind = What happened to the people on the list? (You can change it for one person in the preview.)
release-ask-country = To which country were they expelled? Tap it, or send its two-letter code (<code>LT</code>, <code>UA</code>, <code>PL</code>…). (Per person: end a line of the list with <code>-&gt; LT</code>, or change it in the preview.)
release-ask-source = The link to the published list (https://…), or tap the button.
release-no-source = No link
release-ask-list = Now paste the list (numbered or not, one name per line or separated by commas, with birth years and "Name (Other spelling)" if given), or send it as a .txt or .csv file. At most { $max } names.
release-invalid-title = The title must be 3 to 120 characters.
release-invalid-title_prefix = Start each line with <code>be:</code>, <code>ru:</code> or <code>en:</code>, for example <code>en: 13 December 2025: 123 released</code>.
release-invalid-date = I could not read that date. Send it as <code>2025-12-13</code> or <code>13.12.2025</code>.
release-invalid-kind = Choose one of the buttons.
release-invalid-country = That is not a country code. Send two letters, for example <code>LT</code>.
release-invalid-source = That is not a link. Send an https:// address, or tap "No link".
release-file-too-big = The file is larger than { $kb } KB. Send a shorter list.
release-file-type = I read lists from .txt and .csv files only.
release-file-unreadable = I could not read that file. Send it again, or paste the list as text.
release-matching = Matching the names…
release-matching-progress = Matching the names… { $done } of { $total }
release-list-empty = I found no names in that message. Paste the list again, one name per line.
release-list-too-long = The list has { $count } names; at most { $max } fit in one batch. Split it in two.
release-cancelled = Batch #{ $batch } was cancelled. Nobody was told anything.
release-nothing-open = You have no batch in progress.
release-not-editable = This batch can no longer be changed here.
release-skipped = { $count ->
    [one] One line skipped.
   *[other] { $count } lines skipped.
}
release-status-draft = Being prepared.
release-status-preview = Preview: check the matches, then confirm.
release-status-awaiting_approval = Waiting for a second admin's approval.
release-status-confirmed = Confirmed.
release-status-undone = Undone.
release-status-cancelled = Cancelled.
release-kind-pardoned = pardoned
release-kind-released = end of term
release-kind-expelled = expelled
release-kind-released_in_belarus = released in Belarus
release-source = source
release-title-quoted = «{ $title }» ({ $language ->
    [be] in Belarusian
    [ru] in Russian
   *[en] in English
})
release-counts = { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
    }: ✅ { $matched } matched · ❓ { $ambiguous ->
    [one] { $ambiguous } needs a choice
   *[other] { $ambiguous } need a choice
    } · 🚫 { $notFound } not found · ➕ { $create ->
    [one] { $create } new record
   *[other] { $create } new records
    } · 🔁 { $duplicate } listed twice · ☑️ { $alreadyReleased } already released · ⏭ { $skip } skipped
release-page = Page { $page } of { $pages }. Tap a number to fix that line.
release-announce-subscribers-on = 📣 Subscribers: on
release-announce-subscribers-off = 📣 Subscribers: off
release-announce-channels-on = 📢 Channels: on
release-announce-channels-off = 📢 Channels: off
release-skip-unresolved = Skip the { $count } open lines
release-confirm-button = ✅ Confirm
release-cancel-button = Cancel
release-line-matched = matched
release-line-ambiguous = needs a choice
release-line-not_found = not found
release-line-duplicate = listed twice
release-line-already_released = already released
release-line-skip = skipped
release-line-create = new record
release-line-candidates = { $count ->
    [one] one candidate
   *[other] { $count } candidates
}
release-line-title = <b>Line { $line }:</b> { $text }
release-line-now = Now: { $decision }
release-line-choose = Who is it?
release-line-ask-country = To which country was this person expelled? Tap it, or send its two-letter code (<code>LT</code>, <code>UA</code>…).
release-line-create-button = ➕ New record
release-line-skip-button = ⏭ Skip
release-back = « Back to the list
release-confirmed = Batch #{ $batch } is confirmed: { $released ->
    [one] { $released } person
   *[other] { $released } people
    } set free. Their followers are being told now.{ $unchanged ->
    [0] {""}
   *[other] { " " }Already released in the meantime and left as they were: { $unchanged }.
    } /release_undo { $batch } reverts it within 24 hours.
release-awaiting-approval = Batch #{ $batch } sets { $released ->
    [one] { $released } person
   *[other] { $released } people
    } free, so a second admin must approve it. The other admins were asked; nothing is sent until one of them sends /release_approve { $batch }.
release-unresolved = { $count ->
    [one] One line still needs a choice
   *[other] { $count } lines still need a choice
}: tap them in the preview, or skip them.
release-own-batch = You created batch #{ $batch }; another admin must approve it.
release-not-open = { $status ->
    [confirmed] Batch #{ $batch } is already confirmed.
    [awaiting_approval] Batch #{ $batch } is already waiting for a second admin's approval.
    [cancelled] Batch #{ $batch } was cancelled, so it cannot be confirmed.
    [undone] Batch #{ $batch } was undone after its confirmation and cannot be confirmed again.
    [preview] Batch #{ $batch } has not been sent for approval: its creator is still checking it.
    [draft] Batch #{ $batch } is still being prepared.
   *[none] There is no batch #{ $batch }.
}
release-batch-usage = Send the batch number: <code>/{ $command } 12</code>.
release-not-found = There is no batch #{ $batch }.
release-undone = Batch #{ $batch } is undone: { $reverted ->
    [one] { $reverted } record
   *[other] { $reverted } records
    } reverted, { $kept } changed since and kept. Alerts not yet sent are withdrawn, and everyone already told gets a correction.
release-undo-too-late = Batch #{ $batch } was confirmed more than 24 hours ago and can no longer be undone here. Correct the records through the source.
release-undo-not-confirmed = { $status ->
    [undone] Batch #{ $batch } was already undone.
    [cancelled] Batch #{ $batch } was cancelled before it was confirmed: nothing was sent, so there is nothing to undo.
    [none] There is no batch #{ $batch }.
   *[other] Batch #{ $batch } is not confirmed yet: nothing was sent, so there is nothing to undo.
}
release-approval-needed = Batch #{ $batch } <i>{ $title }</i> would set { $count ->
    [one] { $count } person
   *[other] { $count } people
    } free and needs a second admin. Check it with /release_show { $batch }, then /release_approve { $batch }.
release-announcement = <b>{ $title }</b>
    { $count ->
        [one] One political prisoner has been freed.
       *[other] { $count } political prisoners have been freed.
    } If you follow someone on the list, you have been told separately.
release-announcement-source = The published list
release-correction-people = <b>Correction.</b> The message about the release <i>{ $title }</i> was sent in error for:
release-correction-announcement = <b>Correction.</b> The announcement <i>{ $title }</i> was sent in error and is withdrawn.
release-correction-footer = Their status is as it was before. We are sorry for the mistake.
# In the alerts of a batch release: the published list first, the person's own page second.
alert-batch-source = <a href="{ $url }">The published list</a>
alert-person-source = <a href="{ $url }">Their page at the source</a>
