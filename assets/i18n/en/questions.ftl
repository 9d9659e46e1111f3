# The questions of assets/questions.ron: q-<id> is the question, q-<id>-help its help text,
# q-<id>-why the "why we ask" line of a sensitive question. choice-<value> is the words of a choice.

q-open_case = Do you have a criminal case that is still open?
q-open_case-help = An open case is one that has not ended yet. It may have a court date coming up.

q-us_citizen = Are you a U.S. citizen?
q-us_citizen-help = You can skip this. Your answer stays on this computer.
q-us_citizen-why = Why we ask: sealing or clearing a record can affect an immigration case. If you are not a citizen, it is safer to talk to an immigration lawyer first.

q-offense = What was the charge?
q-offense-help = Pick the charge as the court record names it. If you do not know, choose "Not sure".

q-another_grade = Was it a misdemeanor or a felony?
q-another_grade-help = A felony is a more serious charge. Your court papers or your CORI say which it was.

q-court = Where was the case?
q-court-help = Adult courts include the District Court and the Superior Court. The Boston Municipal Court is one too.

q-outcome = How did the case end?
q-outcome-help = Your court papers or the court docket say how it ended.

q-when = When did the case end?
q-when-help = If it is still open, give the date it started. A year is enough if you do not know the day.

q-custody_end = When did any jail, prison or probation for this charge end?
q-custody_end-help = If you did not go to jail or prison and had no probation, choose the first answer.

q-age = How old were you at the time?
q-age-help = Some ways to clear a record depend on your age then.

q-coerced = Did this happen while someone was forcing, tricking or controlling you?
q-coerced-help = This includes someone who took your money, made threats, or kept you from leaving.
q-coerced-why = Why we ask: the law gives more ways to clear a record for people who were trafficked. You do not have to answer.

q-recent_7 = In the last 7 years, were you found guilty of anything else in Massachusetts?
q-recent_7-help = Leave out the charges you already listed. Traffic tickets with a small fine do not count.

q-recent_3 = Was any of that in the last 3 years?
q-recent_3-help = A recent guilty finding can mean a longer wait to seal a record.

q-recent_latest = When was the most recent one?
q-recent_latest-help = A year is enough if you do not know the day.

q-out_of_state = Have you been convicted in another state or in a federal court?
q-out_of_state-help = Leave out the charges you already listed.

q-out_of_state_latest = When was the most recent one?
q-out_of_state_latest-help = A year is enough if you do not know the day.

q-supervision = Are you on probation or parole now?
q-supervision-help = This can change when you can ask to clear a record.

q-registered = Are you on the sex offender registry?
q-registered-help = You can skip this. Your answer stays on this computer.
q-registered-why = Why we ask: some records cannot be sealed while a person is registered.

choice-Yes = Yes
choice-No = No
choice-NotSure = Not sure
choice-PreferNotToSay = Prefer not to say
choice-Offense = A charge from the list
choice-Another = Another charge
choice-Misdemeanor = A misdemeanor
choice-Felony = A felony
choice-MassachusettsAdult = A Massachusetts adult court
choice-MassachusettsJuvenile = A Massachusetts juvenile court
choice-OtherState = A court in another state
choice-Federal = A federal court
choice-Guilty = Guilty
choice-ContinuedWithoutFinding = Continued without a finding (CWOF)
choice-Dismissed = Dismissed
choice-NolleProsequi = Dropped by the prosecutor (nolle prosequi)
choice-NotGuilty = Not guilty
choice-Filed = Placed on file
choice-DelinquencyAdjudication = Found delinquent (juvenile court)
choice-StillOpen = It is still open
choice-Date = I know the date
choice-Year = I know only the year
choice-NoCustody = There was none
choice-Under18 = Under 18
choice-From18To20 = 18, 19 or 20
choice-From21 = 21 or older
