# /start for admins of a fresh installation (nothing of this is shown to anyone else).
start-admin-no-source =
    <b>For admins:</b> the register is empty and no source is configured, so nobody can be found or followed yet.
    To add one, set SOURCE_URL (a feed URL or file: JSON, CSV or HTML) or SOURCES in the bot's environment and restart it, or load a source once with
    <code>npm run --silent cli -- sync --source &lt;file or URL&gt;</code>
    (on the embedded database, stop the bot first).
start-admin-awaiting-sync =
    <b>For admins:</b> the register stays empty until the first run of the source { $sources } completes; /sync_status shows how it went.
