# Source sync, for admins only: notices and the /sync_status, /sync_confirm, /sync_reject commands.
sync-held-title = ⚠️ Sync of <b>{ $source }</b> is on hold: run #{ $run } needs a person to confirm it.
sync-reason-change_ratio = { $value ->
    [one] { $value } record would change
   *[other] { $value } records would change
    } (limit { $limit }).
sync-reason-releases = { $value ->
    [one] { $value } release
   *[other] { $value } releases
    } in one run (limit { $limit }).
sync-reason-row_drop = { $value ->
    [one] { $value } person would disappear
   *[other] { $value } people would disappear
    } from the source (limit { $limit }).
sync-reason-quarantine_ratio = { $value ->
    [one] { $value } row could not be read
   *[other] { $value } rows could not be read
    } (limit { $limit }).
sync-reason-shape = The columns changed: before "{ $limit }", now "{ $value }".
sync-reason-sensitive = Needs a person's judgement: { $value }.
sync-planned = Planned: { $counts }
sync-quarantined-count = Unreadable rows: { $count }
sync-held-actions = /sync_confirm { $run } applies it, /sync_reject { $run } drops it.
sync-quarantine-title = <b>{ $source }</b>: { $count } rows could not be read (run #{ $run }); the rest was applied.
sync-quarantine-more = … and { $count } more: /sync_status
sync-failing = ❗ <b>{ $source }</b> failed { $count } times in a row. Last error: { $error }
sync-recovered = ✅ <b>{ $source }</b> works again.
sync-kind-newly_listed = newly listed
sync-kind-detained = detained
sync-kind-sentenced = sentenced
sync-kind-sentence_changed = sentence changed
sync-kind-transferred = transferred
sync-kind-released = released
sync-kind-pardoned = pardoned
sync-kind-expelled = expelled
sync-kind-returned_to_custody = returned to custody
sync-kind-whereabouts_unknown = whereabouts unknown
sync-kind-contact_restored = contact restored
sync-kind-died_in_custody = died in custody
sync-kind-correction = corrections
sync-kind-missing_from_source = missing from source
sync-run-running = running
sync-run-applied = applied
sync-run-unchanged = unchanged
sync-run-held = on hold
sync-run-confirmed = confirmed
sync-run-rejected = rejected
sync-run-superseded = superseded
sync-run-failed = failed
sync-status-title = <b>Source sync</b>
sync-status-none = No sources are configured (SOURCES in the configuration).
sync-status-source = <b>{ $name }</b> · { $format } · { $schedule } · listed: { $listed }
sync-status-disabled = not scheduled
sync-status-failing = Failed runs in a row: { $count }
sync-status-run = #{ $run } · { $at } · { $status } · { $counts }
sync-status-run-quarantined = unreadable rows: { $count }
sync-status-held = ⏸ On hold: #{ $run }: { $reason } — /sync_confirm { $run } or /sync_reject { $run }
sync-status-quarantine = Unreadable rows of run #{ $run }:
sync-confirm-usage = Send /sync_confirm with the run number, e.g. /sync_confirm 12 (see /sync_status).
sync-reject-usage = Send /sync_reject with the run number, e.g. /sync_reject 12 (see /sync_status).
sync-run-not-found = There is no run #{ $run }.
sync-run-not-held = Run #{ $run } is not on hold (it is { $status }).
sync-confirm-done = Run #{ $run } of { $source } applied: { $counts }. Everyone who follows these people will be told.
sync-reject-done = Run #{ $run } of { $source } dropped: nothing from it was applied, and the same snapshot will not be held again.
sync-reason-grave = Grave news, to be checked before anyone is told: { $value }.
sync-names-more = and { $count } more
sync-held-batch = Touches batch #{ $batch } «{ $title }» ({ $date }), which set the current status of: { $names }
sync-hold-grave = ⚫ <b>{ $name }</b>: { $status }.
sync-hold-grave-dated = ⚫ <b>{ $name }</b>: { $status }, { $date }.
sync-hold-wording = The source says: «{ $wording }»
sync-hold-link = The person's page at the source: { $url }
sync-hold-flapping = 🔁 <b>{ $name }</b>: the status changed back and forth within 24 hours: { $statuses }.
sync-person-held-title = ⚠️ <b>{ $source }</b>: run #{ $run } holds one person's change until an admin confirms it. Nobody has been told; the rest of run #{ $parent } was applied.
sync-person-held-actions = /sync_confirm { $run } tells those who follow this person; /sync_reject { $run } drops it (while the source says the same about this person, it is not asked again).
