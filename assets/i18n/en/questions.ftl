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

q-another_law = Was it a charge under one of these laws?
q-another_law-help = A conviction under these laws is never sealed by mail. Your court papers or your CORI show the chapter of the law.

q-court = Where was the case?
q-court-help = Adult courts include the District Court and the Superior Court. The Boston Municipal Court is one too.

q-outcome = How did the case end?
q-outcome-help = Your court papers or the court docket say how it ended.

q-when = When did the case end?
q-when-help = If it is still open, give the date it started. For a CWOF, give the day the case was continued, not the day it was dismissed. A year is enough if you do not know the day.

q-released = When were you last released from jail or prison for this charge?
q-released-help = Count a youth facility too. If you were not held for this charge, choose the first answer. Probation is the next question.

q-probation_end = When did probation for this charge end?
q-probation_end-help = If you had no probation for this charge, choose the first answer. For a CWOF, probation often ends when the case is dismissed.

q-age = How old were you at the time?
q-age-help = Some ways to clear a record depend on your age then.

q-coerced = Did this happen while someone was forcing, tricking or controlling you?
q-coerced-help = This includes threats, lies about the work or the pay, or someone keeping you from leaving.
q-coerced-why = Why we ask: the law gives more ways to clear a record for people who were trafficked. You do not have to answer.

q-arranged = Did anyone set it up for you, or take money from what you were paid?
q-arranged-help = For example, someone who found the dates, put up ads, drove you, or gave you a place to stay for it. It can be a partner, a friend or family. It counts even if no one forced you.
q-arranged-why = Why we ask: under the law, trafficking does not need force. You do not have to answer.

q-documents = Do you have official papers that show you were a trafficking victim at that time?
q-documents-help = Such as a T visa, Continued Presence, or a certification letter from a government agency. You do not need papers like these to ask for help.
q-documents-why = Why we ask: papers like these can make it easier to clear a record. You do not have to answer.

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

q-imprisonment_7 = In the last 7 years, were you in jail or prison for any other case?
q-imprisonment_7-help = Count any state. Leave out the charges you already listed.

q-imprisonment_latest = When were you last released?
q-imprisonment_latest-help = A year is enough if you do not know the day.

q-commitment_3 = In the last 3 years, were you sent to a youth facility, or found delinquent in another state?
q-commitment_3-help = This includes the Department of Youth Services (DYS). Leave out the charges you already listed.

q-commitment_latest = When was the most recent one?
q-commitment_latest-help = A year is enough if you do not know the day.

q-other_cases = Is there any other court case on your record that is not listed here?
q-other_cases-help = Count any court, in any state or a federal court, even a case that was dismissed. Traffic tickets with a small fine do not count.

q-same_incident = Did two or more of the charges you listed come from the same incident?
q-same_incident-help = For example, two charges from one arrest. Some laws count them as one.

q-false_identity = Is any record there because someone else used your name?
q-false_identity-help = For example, a person gave your name to the police when they were arrested.

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
choice-NoProbableCause = No probable cause was found
choice-NoBill = No bill (the grand jury did not indict)
choice-Filed = Placed on file
choice-DelinquencyAdjudication = Found delinquent (juvenile court)
choice-StillOpen = It is still open
choice-Date = I know the date
choice-Year = I know only the year
choice-NotHeld = I was not held for this charge
choice-NoProbation = There was no probation
choice-FirearmsLicensing = Firearms licensing (G.L. c.140 §§121-131H)
choice-PublicJustice = Chapter 268, such as a false name to police (not resisting arrest)
choice-ConflictOfInterest = Conflict of interest (chapter 268A)
choice-NoneOfThese = None of these
choice-Under18 = Under 18
choice-From18To20 = 18, 19 or 20
choice-From21 = 21 or older

## Short names of the questions, for the list of answers to check ("Check your answers") and for the
## accessible names of its "Change" links.
q-open_case-short = Open criminal case
q-us_citizen-short = U.S. citizen
q-offense-short = Charge
q-another_grade-short = Misdemeanor or felony
q-another_law-short = Law charged under
q-court-short = Court
q-outcome-short = How the case ended
q-when-short = When the case ended
q-released-short = Last released for this charge
q-probation_end-short = Probation ended
q-age-short = Age at the time
q-coerced-short = Forced, tricked or controlled
q-arranged-short = Someone set it up or took money
q-documents-short = Official papers about trafficking
q-recent_7-short = Found guilty of anything else in the last 7 years
q-recent_3-short = Any of that in the last 3 years
q-recent_latest-short = Most recent guilty finding
q-out_of_state-short = Convicted in another state or federal court
q-out_of_state_latest-short = Most recent conviction elsewhere
q-imprisonment_7-short = In jail or prison for another case in the last 7 years
q-imprisonment_latest-short = Last released from jail or prison
q-commitment_3-short = Youth facility or delinquency elsewhere in the last 3 years
q-commitment_latest-short = Most recent youth commitment or finding
q-other_cases-short = Other court cases on your record
q-same_incident-short = Charges from the same incident
q-false_identity-short = Record from someone using your name
q-supervision-short = On probation or parole now
q-registered-short = On the sex offender registry
