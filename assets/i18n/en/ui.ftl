# Words of the window. Arguments are written { $name }.

language-name = English
window-title = ClearPath
window-title-discreet = Notes

exit-now = Exit now
exit-now-help = Closes ClearPath at once and forgets every answer. You can also press Shift three times.
start-over = Start over
settings = Settings
step-of = Step { $step } of { $total }
back = Back
next = Continue

start-over-title = Start over?
start-over-text = This clears every answer, so the next person sees nothing. It cannot be undone.
start-over-yes = Yes, clear everything
start-over-no = No, go back

idle-warning = No one has used ClearPath for a while. To keep your answers private, it will clear them within { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }. Move the mouse or press a key to keep going.

welcome-title = See what you can do about your record
welcome-what = ClearPath asks about charges you have had that are linked to selling sex. For each charge, it shows what Massachusetts law lets you do today. It also shows what the Equality Model bill would do if it passes.
welcome-keeps = ClearPath keeps nothing. Your answers stay in this window and are gone when you close it, unless you choose to save or print.
welcome-trail = There is always a computer trail. A saved or printed summary can be found. Print queues, screen recorders and key loggers exist.
welcome-exit = To leave fast, press "Exit now" at the top, or press Shift three times. ClearPath closes and forgets your answers.
welcome-not-advice = This is not legal advice. A court or agency decides every request. A lawyer or advocate can help.
welcome-start = Start
welcome-cleared = Your answers were cleared because no one used ClearPath for { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
rules-error = The rule files could not be loaded:
settings-file-error = The clinic settings file could not be used. The usual settings apply:

about-bill = About the bill

early-heading = First, two questions
record-heading = About your whole record
offense-search = Search for the charge
offense-search-hint = Type its name, its section (such as 53A), or the words on your court papers. Press Enter to pick the first match.
offense-none-found = No charge in the list matches. Try fewer words, or choose "Another charge" above.
offense-53a-wording = From 14 February 2007 to 20 November 2011, section 53A(a) was used both for selling sex and for paying for it. If your case is from then, choose by the words on your papers: "FOR FEE" means selling, "PAY FOR" means paying.
offense-group-selling = Charges for selling sex
offense-group-related = Related charges
offense-group-buying = Charges for buying sex or profiting from others
date-field = Date (YYYY-MM-DD)
year-field = Year (YYYY)
date-invalid = Please check the date. Use the form 2019-05-01, and a day in the past.
year-invalid = Please check the year. Use four digits, such as 2019.

charges-title = Your charges
charges-help = Add every charge you remember. You can change or remove one at any time.
charge-summary = { $offense }. Ended: { $outcome }. When: { $when }.
charge-edit = Change charge { $number }
charge-remove = Remove charge { $number }
charge-add = Add another charge

review-title = Check your answers
review-help = Change anything that is not right. Then see your results.
review-change = Change: { $question }
# The visible word of each "Change" link in the list of answers (its accessible name is review-change).
review-change-link = Change
review-see-results = See results

results-title = Your results
results-today = Today
results-bill = If the bill passes

summary-heading = Take-home summary
summary-help-text = Save or print a summary of these results. It starts with a plain title, so a glance at the page does not show what it is about. A saved or printed summary can be found by others: keep it somewhere safe.
summary-name = Name to print on the summary (leave empty for none)
summary-appendix-choice = Add pages for an advocate (statutes, answers relied on, rule versions)
summary-paper = Paper:
summary-paper-letter = US Letter
summary-paper-a4 = A4
summary-save = Save summary
summary-print = Print summary
summary-no-printer = No print service was found on this computer. Save the summary, then print the saved file.
summary-saved = Saved to { $path }.
summary-not-saved = Nothing was saved.
summary-printed = Sent to the printer. The print queue may keep a copy until it prints.
summary-failed = The summary could not be made: { $error }
save-dialog-title = Save

help-title = Where to get help
help-source = Source: { $source }, checked { $checked }

about-bill-title = About the Equality Model bill
about-bill-repeal = The bill would end the crimes of selling sex and of night or street walking.
about-bill-still-crimes = Buying sex, and exploiting or trafficking other people, would stay crimes.
about-bill-expunge = Its supporters say it would expunge past charges for selling sex and for night or street walking. The exact text of that part is not yet known.
about-bill-fines = People charged with buying sex would pay fines based on income. The money would go to groups led by survivors. No amounts have been published.
about-bill-committee = A state committee would work on prevention, housing, jobs, substance use and support for survivors.
about-bill-today = Today, these charges are still crimes. You can clear them by vacatur only if you were trafficked, and sealing often means a wait of 3 or 7 years.
about-bill-unknown = What is not known yet:

settings-title = Settings
settings-session-only = These settings last until you close ClearPath.
settings-idle = Clear my answers after this many minutes with no activity
settings-discreet = Discreet mode
settings-discreet-help = Shows a plain window title that does not say what ClearPath is for.
settings-language = Language
settings-text-size = Text size
settings-file-loaded = Clinic settings read from { $path }.
settings-file-none = No clinic settings file. A clinic can put one at { $path }.
settings-done = Done

settings-idle-suffix = {" "}min
summary-appendix-language = Language of the appendix:
rules-override-failed = The clinic's rules folder could not be used, so the rules built into ClearPath are used instead. An advocate can check the folder with "clearpath check-rules". What went wrong:

settings-theme = Colors
settings-theme-system = Light or dark, as this computer is set
settings-theme-light = Light
settings-theme-dark = Dark
settings-theme-high-contrast = High contrast (black and white, strong outlines)

# While work runs off the window's thread: what is happening, never which file.
task-saving = Saving…
task-opening = Opening…
task-printing = Sending to the printer…
task-lost = That did not finish. Nothing was changed. Please try again.

## The results' details, folded per charge.
details-heading = Each charge in detail
details-help = Open a charge to see why, the law cited, and the routes that do not apply.

## The list of charges (a task list).
charge-remove-link = Remove
charge-add-similar = Add a similar charge
charge-add-similar-help = Starts from a copy of charge { $number }'s answers, so you change only what differs.
charge-state-complete = Complete
charge-state-not-finished = Not finished
charge-state-not-sure = Not sure: { $answers }

## The top bar's menu in a narrow window (every action but the exit).
menu = Menu

## The advocate's desk: every charge as a row of a table.
welcome-advocate = I am entering charges for someone
welcome-guided = Answer one question at a time
desk-title = Charges on the record
desk-help = Type each charge from the record as a row: one charge per row, one answer per column. Leave a cell empty if you are not sure. Under each cell you see what ClearPath read. Rows that cannot be read are kept and marked.
desk-keys = Keys: Tab and Shift+Tab move between cells. Enter goes to the next row, and adds one after the last. Ctrl+D copies the row you are in. Ctrl+Delete removes it and Alt+Z brings it back. To add many rows, copy them from a spreadsheet and press Ctrl+V in a cell.
desk-cell-name = Charge { $row }, { $column }
desk-add-row = Add a row
desk-undo = Bring back the row removed
desk-pasted = { $count ->
    [one] 1 row added.
   *[other] { $count } rows added.
} { $unreadable ->
    [0] Every row could be read.
    [one] 1 row has cells that could not be read: they are marked.
   *[other] { $unreadable } rows have cells that could not be read: they are marked.
}
desk-record-heading = About the whole record
desk-record-date-name = { $question }: date or year
desk-see-results = See full results and the summary
desk-switch-guided = Switch to one question at a time
desk-not-sure = Not sure
desk-problem-not-an-answer = Cannot read this.
desk-problem-one-of = Type one of: { $values }, or leave it empty if you are not sure.
desk-problem-no-offense = No charge in the list matches these words. Type the words on the papers, the section (such as c.272 §53A(a)), or "another misdemeanor" or "another felony".
desk-problem-several = These words fit more than one charge. Choose one:
desk-problem-53a = From 2007 to 2011, §53A(a) covered both selling and paying for sex. The words on the papers tell which: FOR FEE is selling, PAY FOR is paying. Choose one:
desk-problem-not-a-date = Not a date. Type it as 2019-05-01, 5/1/2019 or 2019, or leave it empty if you are not sure.
desk-problem-not-a-real-date = This day does not exist on the calendar.
desk-problem-date-range = This date is after today or too long ago.
desk-problem-before-case = This cannot end before the case did.
desk-col-offense = Charge
desk-col-court = Court
desk-col-outcome = Outcome
desk-col-when = Case ended
desk-col-released = Released
desk-col-probation_end = Probation ended
desk-col-age = Age
desk-col-coerced = Forced
desk-col-arranged = Set up
desk-col-official_documents = Papers
desk-col-another_law = Law
