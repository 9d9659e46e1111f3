# The words of results, the same wherever they are shown: the window, the text report (`clearpath
# screen`), the JSON and the take-home summary. Arguments are written { $name }.

# Dates and ranges, as this language writes them.
date = { $year }-{ $month }-{ $day }
range = { $from } – { $to }
list-sep = {", "}

status-automatic = Happens on its own
status-available = You can ask for this now
status-available-from = You can ask for this from { $date }
status-conditional = Depends on answers you were not sure of
status-needs-review = An advocate should review
status-not-available = Not available

not-advice = This is not legal advice. A court or agency decides every request. A lawyer or advocate can help.
not-guessed = Answers you were not sure of were never guessed. Where one matters, the results show what each possible answer would mean.
printout-trace = A saved or printed summary can be found by other people. Keep it somewhere safe, or destroy it when you no longer need it.
translation-pending-review = This translation has not yet been reviewed by a qualified legal translator. If something is unclear, ask for the English version.

notices-heading = First, for your whole record
notice-may-apply = { $title } (may apply)
see-citation = See { $citation }

charge-number = Charge { $number }
charge-about = { $offense }. Court: { $court }. How it ended: { $outcome }. When: { $when }.
charge-numbered = Charge { $number }: { $about }
column-today = Today: { $title }
column-bill = If the bill passes: { $title }
bill-pending = { $bill } ({ $session }) is a pending bill, not law. Results under it show what it would do if passed as its supporters describe it.
bill-banner = { bill-pending } Rules checked { $reviewed }.
bill-pending-today = { bill-pending } Today's law still applies.
bill-tag = Under { $bill } ({ $session }), a pending bill, not law.

route-cited = { $remedy } ({ $citation })
route-status = { $remedy }: { $status }
branch-if = If { $conditions }
# Joins the alternatives of one branch: "If A, or if B".
branch-or = {", or if "}
branch-otherwise = In every other case
branch-status = { $when }: { $status }
next-step = What to do next: { $step }
why = Why: { $reason }
based-on = Based on: { $facts }
fact-answer = { $label }: { $answer }
assumed = Assumed: { $note }
routes-none-today = From your answers, none of these routes applies to this charge today. An advocate can check.
routes-none-bill = From your answers, none of the bill's routes would apply to this charge.
routes-ruled-out = Routes that do not apply, from your answers: { $routes }
routes-ruled-out-count = Routes that do not apply ({ $count })

plan-heading = Your next steps
plan-now = Ask for this now
plan-check = This happens on its own: check that it did
plan-from = You can ask for this from { $date }
plan-ask = Ask an advocate about this
plan-records = Ask for your records
plan-charges = { $count ->
    [one] Charge { $numbers }
   *[other] Charges { $numbers }
}
glance-heading = At a glance
glance-charge = Charge

records-heading = Records to ask for
records-cori = Your own criminal record (your CORI), from the Department of Criminal Justice Information Services (DCJIS).
records-docket = The docket of each case, from the clerk's office of the court that handled it. It shows the charge, how the case ended and the dates.
records-fill = For charge { $number }, these records can show what you were not sure of: { $facts }.
records-certified = Certified copies of your court records, before you seal or expunge anything, if you are not a U.S. citizen or are not sure.

bring-heading = What to bring to an advocate
bring-summary = This summary, if it is safe for you to carry it.
bring-papers = Any court papers, dockets or CORI that you already have.
bring-not-sure = A note of what you were not sure of. The records under "Ask for your records" can help.
bring-open-case = Papers about any case that is still open.
bring-control = If you have them and it is safe, papers that show someone was controlling you, or arranged it or took your money. You do not need them to ask for help.
bring-questions = Your questions. You do not need to have every answer.

origin-built-in = built into ClearPath
origin-folder = from the rules folder { $path }
catalog-used = Offense list: version { $version }, reviewed { $reviewed }, { $origin }
rule-set-used = { $title } ({ $id }): version { $version }, reviewed { $reviewed }, { $origin }
rules-pending = Status: { $bill } ({ $session }), a pending bill, not law
rules-in-force = Status: in force
rules-effective = Status: in force since { $date }
open-question = Open question: { $question }

## Filing drafts, under each charge's details.
drafts-heading = Papers to file
drafts-help = Drafts for a lawyer or advocate to check and complete before anything is filed. They hold your answers: save them only where you want them kept.
drafts-save-docx = Save as a Word document
drafts-save-pdf = Save as PDF
drafts-save-name = { $action }: { $draft }, charge { $number }
drafts-failed = The draft could not be made: { $error }
