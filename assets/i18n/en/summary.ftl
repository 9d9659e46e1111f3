# Words of the take-home summary (saved as a PDF or printed). Arguments are written { $name }.
#
# The first lines of the page must not say what the summary is about: someone glancing at it sees
# "Summary" and dates only. Statuses, the bill banner and "If ..." use the window's words (ui.ftl).

summary-title = Summary
summary-made-on = Made on { $date }
summary-rules-checked = Rules checked { $dates }
summary-prepared-for = Prepared for { $name }

summary-notices = First, for your whole record
summary-notice-may-apply = { $title } (may apply)
summary-see = See { $citation }

summary-charges = Your charges, one by one
summary-charge = Charge { $number }
summary-charge-about = { $offense }. Court: { $court }. How it ended: { $outcome }. When: { $when }.
summary-today = What you can do today: { $title }
summary-bill = If the bill passes: { $title }
summary-bill-tag = Under { $bill } ({ $session }), a pending bill, not law.
summary-outcome = { $remedy }: { $status }
summary-branch = { $when }: { $status }
# Joins the alternatives of one branch: "If A, or if B".
summary-branch-or = {", or if "}
summary-next = What to do next: { $step }
summary-ruled-out = Routes that do not apply, from your answers: { $routes }
summary-none-today = From your answers, none of these routes applies to this charge today. An advocate can check.
summary-none-bill = From your answers, none of the bill's routes would apply to this charge.

summary-records = Records to ask for
summary-records-cori = Your own criminal record (your CORI), from the Department of Criminal Justice Information Services (DCJIS).
summary-records-docket = The docket of each case, from the clerk's office of the court that handled it. It shows the charge, how the case ended and the dates.
summary-records-fill = For charge { $number }, these records can show what you were not sure of: { $facts }.
summary-records-certified = Certified copies of your court records, before you seal or expunge anything, if you are not a U.S. citizen or are not sure.

summary-bring = What to bring to an advocate
summary-bring-summary = This summary, if it is safe for you to carry it.
summary-bring-papers = Any court papers, dockets or CORI that you already have.
summary-bring-not-sure = A note of what you were not sure of. The list under "Records to ask for" can help.
summary-bring-open-case = Papers about any case that is still open.
summary-bring-control = If you have them and it is safe, papers that show someone was controlling you, or arranged it or took your money. You do not need them to ask for help.
summary-bring-questions = Your questions. You do not need to have every answer.

summary-help = Where to get help
summary-help-source = Source: { $source }, checked { $checked }

summary-read-this = Please read
summary-not-advice = This is not legal advice. A court or agency decides every request. A lawyer or advocate can help.
summary-bill-pending = { $bill } ({ $session }) is a pending bill, not law. Results under it show what it would do if passed as its supporters describe it. Today's law still applies.
summary-not-guessed = Answers you were not sure of were never guessed. Where one matters, this summary shows what each possible answer would mean.
summary-trace = A saved or printed summary can be found by other people. Keep it somewhere safe, or destroy it when you no longer need it.

summary-appendix = For an advocate
summary-appendix-intro = Every outcome for every charge, with its citation, the reason, the facts it relied on and what was assumed for answers the person was not sure of.
summary-appendix-charge = Charge { $number }: { $description }
summary-appendix-outcome = { $remedy } ({ $citation })
summary-appendix-status = Status: { $status }
summary-appendix-why = Why: { $reason }
summary-appendix-based-on = Based on: { $facts }
summary-appendix-assumed = Assumed: { $note }
summary-appendix-rules = Rule files used
summary-appendix-catalog = Offense list: version { $version }, reviewed { $reviewed }, { $origin }
summary-appendix-rule-set = { $title } ({ $id }): version { $version }, reviewed { $reviewed }, { $origin }
summary-appendix-pending = Status: { $bill } ({ $session }), a pending bill, not law
summary-appendix-in-force = Status: in force
summary-appendix-effective = Status: in force since { $date }
summary-appendix-open-question = Open question: { $question }
summary-origin-built-in = built into ClearPath
summary-origin-folder = from the rules folder { $path }

summary-page = Page { $page } of { $total }
summary-translation-pending = This translation has not yet been reviewed by a qualified legal translator. If something is unclear, ask for the English version.
