# The chart sent with the digest and by /stats. Dates come formatted for the language.
chart-title = Political prisoners held, last 90 days
chart-held-legend = Held
chart-new-legend = Newly listed per week
chart-caption = In custody on { $date }: { $count } { digest-prisoners }. Newly listed in the 90 days: { $new }.
cmd-stats = chart of the number held, last 90 days, and today's figures
