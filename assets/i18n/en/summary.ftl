# Words of the take-home summary (saved as a PDF or printed). Arguments are written { $name }.
#
# The first lines of the page must not say what the summary is about: someone glancing at it sees
# "Summary" and dates only. Statuses, the bill banner and "If ..." are the words of every result (results.ftl).

summary-title = Summary
summary-made-on = Made on { $date }
summary-rules-checked = Rules checked { $dates }
summary-prepared-for = Prepared for { $name }

# Your next steps: one line per step of the plan ("1. Ask for this now: Vacatur (G.L. c.265 §59). Charges 1, 3."),
# with the words of the results screen's plan (results.ftl).
summary-plan-step = { $number }. { $step }: { $route }. { $charges }.
summary-plan-step-only = { $number }. { $step }

summary-charges = Your charges, one by one
summary-bill-heading = If { $bill } passes (a pending bill, not law)
summary-part-same-as = { $heading }: the same as for charge { $number }
summary-same-as = { $route } (the same as for charge { $number })
summary-explained-at = Explained under charge { $number }, above.

summary-help = Where to get help

summary-read-this = Please read

summary-appendix = For an advocate
summary-appendix-intro = Every outcome for every charge, with its citation, the reason, the facts it relied on and what was assumed for answers the person was not sure of.
summary-appendix-status = Status: { $status }
summary-appendix-rules = Rule files used

summary-page = Page { $page } of { $total }
