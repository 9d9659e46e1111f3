# Words of the take-home summary (saved as a PDF or printed). Arguments are written { $name }.
#
# The first lines of the page must not say what the summary is about: someone glancing at it sees
# "Summary" and dates only. Statuses, the bill banner and "If ..." are the words of every result (results.ftl).

summary-title = Summary
summary-made-on = Made on { $date }
summary-rules-checked = Rules checked { $dates }
summary-prepared-for = Prepared for { $name }

summary-charges = Your charges, one by one

summary-help = Where to get help

summary-read-this = Please read

summary-appendix = For an advocate
summary-appendix-intro = Every outcome for every charge, with its citation, the reason, the facts it relied on and what was assumed for answers the person was not sure of.
summary-appendix-status = Status: { $status }
summary-appendix-rules = Rule files used

summary-page = Page { $page } of { $total }
