# The words of the filing drafts (rules/drafts/*.ron). A draft's words may use { $offense },
# { $court }, { $outcome }, { $when } (the charge as answered), { $citation } (the route's statute)
# and { $date } (the date a route opens, or "now"). Every ground cites its statute. Source:
# shared/legal/ma-record-relief.md; where it is unsure, the words say an advocate should review.

## Shared by every draft
drafts-label = DRAFT for review by a lawyer or advocate. Not legal advice. Check every statement before filing.
drafts-label-rules = Rules: { $rules }; template: { $template }.
drafts-version = { $name } { $version } (reviewed { $reviewed })
drafts-made-on = Draft made on { $date } from the answers given to ClearPath.
drafts-charge-line = Charge { $number }: { $offense }.
drafts-caption = Caption
drafts-caption-court = Court: ________________________________
drafts-caption-docket = Docket number: ________________________
drafts-caption-parties = Commonwealth v. ________________________ (name)
drafts-grounds = Grounds
drafts-ground-charge = The charge: { $offense }. Court as answered: { $court }. How it ended: { $outcome }. When: { $when }.
drafts-advocate-review = These grounds come from the answers given to a screening tool. A lawyer or advocate should check each against the court record and the statute before filing.
drafts-screening-result = What the screening found ({ $citation })
drafts-result-status = Status: { $status }
drafts-applies-if = Applies only if a "not sure" answer turns out this way. An advocate should check.
drafts-affidavit-outline = Outline of a supporting affidavit
drafts-affidavit-intro = Answer these questions in your own words. Write only what you want to share, and what is true. You can skip a question and talk about it with your lawyer or advocate first.
drafts-affidavit-oath = An affidavit is signed under the penalties of perjury. A lawyer or advocate can help you decide what to include.
drafts-prompt-now = How is your life different now? What would clearing this record help you do?
drafts-prompt-space = ____________________________________________________________
drafts-signature = Signature
drafts-signature-line = Signed: ________________________________
drafts-signature-date = Date: __________________
drafts-advocate-checks = What an advocate must still check
drafts-check-immigration = If you are not a U.S. citizen, speak with an immigration lawyer and get certified copies of the court records before anything is sealed or expunged.
drafts-sources = Sources of this draft
drafts-source-line = { $cite } ({ $label })
drafts-label-text = read in the text
drafts-label-summary = from a summary
drafts-label-unconfirmed = not yet confirmed
drafts-label-inference = an inference

## Motion to vacate, G.L. c.265 §59
drafts-vacatur-title = Draft: motion to vacate (G.L. c.265 §59)
drafts-vacatur-motion-title = Motion to vacate under G.L. c.265 §59
drafts-vacatur-request = Request
drafts-vacatur-request-text = The defendant asks this court, which entered the judgment, to vacate the judgment on the charge below under G.L. c.265 §59.
drafts-vacatur-ground-offense = The charge is one that G.L. c.265 §59 covers: c.272 §26, §53(a), §53A(a) or c.94C §34. The motion may be made at any time after the judgment; there is no waiting period (G.L. c.265 §59).
drafts-vacatur-ground-standard = The court shall vacate the judgment if it finds a reasonable probability that the defendant's participation in the offense was a result of having been a human trafficking victim, as defined in G.L. c.233 §20M or 22 U.S.C. 7102 (G.L. c.265 §59).
drafts-vacatur-ground-no-force = Trafficking under G.L. c.265 §50 does not require force, fraud or coercion: it includes anyone who recruited, enticed, harbored, transported, provided or obtained a person for commercial sexual activity, or benefited financially from it (Commonwealth v. McGhee, 472 Mass. 405 (2015)). An advocate should review how this applies.
drafts-vacatur-ground-a2 = The defendant was under 18 and adjudicated delinquent for an offense under c.272 §26, §53(a) or §53A(a). The law presumes, unless rebutted, that participation resulted from being a trafficking victim (G.L. c.265 §59(a)(2)).
drafts-vacatur-ground-a3 = The defendant has official documentation of being a trafficking victim at the time of the offense, such as a T visa or its approval notice, Continued Presence, a letter from a federal agency or a law-enforcement declaration. Such documentation creates a presumption; it is not required (G.L. c.265 §59(a)(3)). An advocate should confirm which documents the statute lists.
drafts-vacatur-relief = What the defendant asks for
drafts-vacatur-relief-vacate = That the court vacate the judgment (conviction, adjudication of delinquency, or continuance without a finding) on this charge (G.L. c.265 §59).
drafts-vacatur-relief-hearing = That the court hold a hearing on this motion.
drafts-vacatur-relief-seal = That, after vacating it, the court seal the record of this case (G.L. c.276 §100C).
drafts-vacatur-prompt-who = Was there someone who recruited you, brought you in, or took you to the place where this happened? Describe them and what they did, in your own words.
drafts-vacatur-prompt-arranged = Did anyone arrange, advertise, drive you, house you, or take money from what you earned? What did they do?
drafts-vacatur-prompt-control = Did anyone force, trick, threaten or control you? How?
drafts-vacatur-prompt-link = How did what that person did lead to this charge?
drafts-vacatur-prompt-documents = Do you have official papers that show you were a trafficking victim then? For example a T visa, Continued Presence, or a letter from an agency. List them. You can attach copies if you choose.
drafts-vacatur-prompt-age = You were under 18 at the time. Who was around you then, and who decided where you went?

## Petition to seal, G.L. c.276 §100C
drafts-seal-court-title = Draft: petition to seal a record (G.L. c.276 §100C)
drafts-seal-court-petition-title = Petition to seal under G.L. c.276 §100C
drafts-seal-court-request = Request
drafts-seal-court-request-text = The petitioner asks this court to seal the record of the case below under G.L. c.276 §100C, and asks for a hearing.
drafts-seal-court-ground-outcome = The case did not end in a conviction: it ended in a dismissal or a nolle prosequi. A judge may seal such a record at any time where substantial justice would best be served (G.L. c.276 §100C, second paragraph).
drafts-seal-court-ground-standard = Good cause is shown by weighing the factors set out in Commonwealth v. Pon, 469 Mass. 296 (2014), among them the disadvantages the record causes, the circumstances of the case, the time passed, and evidence of rehabilitation. An advocate should check the full list of factors.
drafts-seal-court-ground-probation = The second paragraph of G.L. c.276 §100C does not cover a dismissal after an order of probation was terminated; such a record is sealed by mail under G.L. c.276 §100A instead. An advocate should check how the case was dismissed.
drafts-pon-disadvantages = How does this record hold you back today? For example with work, housing, school, licenses, or family.
drafts-pon-circumstances = What was happening in your life when this case happened? Share only what you choose.
drafts-pon-time = How much time has passed since the case, and what has happened since?
drafts-pon-rehabilitation = What have you done since then that you are proud of? For example work, study, treatment, care for others, or community.
drafts-pon-other = Is there anything else the judge should know about why sealing would be fair?

## Sealing by mail, G.L. c.276 §100A
drafts-seal-mail-title = Draft worksheet: request to seal by mail (G.L. c.276 §100A)
drafts-seal-mail-about = About this worksheet
drafts-seal-mail-about-text = A sealing request by mail goes to the Office of the Commissioner of Probation (G.L. c.276 §100A). This worksheet gathers what you need. It is not the form.
drafts-seal-mail-form = The official form: on mass.gov, search for "Request to seal your criminal record". Use the current form from that page.
drafts-seal-mail-form-not-copied = This worksheet does not copy the form. What the form asks for is on the form itself; an advocate can help you fill it in.
drafts-seal-mail-records = Which record, and from when
drafts-seal-mail-wait = A misdemeanor record can be sealed by mail 3 years after the court appearance and disposition, including any time in jail or custody; a felony record after 7 years. Probation does not add to the wait (G.L. c.276 §100A).
drafts-seal-mail-no-new = In those 3 or 7 years there must be no guilty finding in Massachusetts, and no conviction or imprisonment in another state or a federal court (G.L. c.276 §100A).
drafts-seal-mail-never = Some convictions are never sealed by mail: firearms licensing charges (c.140 §§121-131H), chapter 268 other than resisting arrest, and chapter 268A (G.L. c.276 §100A).
drafts-seal-mail-gather = What to gather and enclose
drafts-seal-mail-gather-cori = Your criminal record (CORI), to see each record and its dates.
drafts-seal-mail-gather-docket = The docket number and court of each case you want sealed.
drafts-seal-mail-gather-form = The official form, filled in and signed as it says.
drafts-seal-mail-gather-copy = A copy of everything you send, kept somewhere private.
drafts-seal-mail-check-dates = That the dates on the record match the dates above, and when any time in jail or custody ended (G.L. c.276 §100A).
drafts-seal-mail-check-record = That nothing else on the record stops sealing by mail, such as a recent guilty finding, a conviction elsewhere, or a conviction that is never sealed by mail (G.L. c.276 §100A).

## Expungement, G.L. c.276 §§100F-100K
drafts-expunge-title = Draft worksheet: expungement (G.L. c.276 §§100F-100H, §100K)
drafts-expunge-about = About this worksheet
drafts-expunge-about-text = Expungement destroys a record. There are two routes: time-based expungement for offenses before age 21 (G.L. c.276 §§100F-100J), and expungement for a reason such as false identification, an error, or conduct that is no longer a crime (G.L. c.276 §100K). A judge decides.
drafts-expunge-met = What your answers show
drafts-expunge-met-age = You were under 21 at the time of the offense (G.L. c.276 §100I(a)(2)).
drafts-expunge-met-massachusetts = The case was in a Massachusetts court.
drafts-expunge-met-false-identity = You said the record may come from someone else using your name. That can be a reason for expungement (G.L. c.276 §100K).
drafts-expunge-met-note = These come from your answers only. Your record is what counts.
drafts-expunge-check-100j = That no offense in the record is excluded by G.L. c.276 §100J (for example any felony under chapter 265, or a sex offense under c.6 §178C).
drafts-expunge-check-wait = That every offense, including any time in jail, custody or probation, ended at least 3 years ago (all misdemeanors) or 7 years ago (any felony) (G.L. c.276 §100I(a)(3)).
drafts-expunge-check-others = That there are no other criminal or juvenile court cases on file besides those in the petition (G.L. c.276 §100I(a)(4)).
drafts-expunge-check-elsewhere = That there are no cases in another state, a U.S. possession or a federal court (G.L. c.276 §100I(a)(5)).
drafts-expunge-check-count = That the record has not more than 2 convictions, one incident counted once (G.L. c.276 §100G(a)).
drafts-expunge-check-100f = How G.L. c.276 §100F and §100H apply to this petition; they are not confirmed in the rules.
drafts-expunge-check-100k = For §100K: whether a ground can be shown by clear and convincing evidence, and the best interests of justice (In re Expungement, 489 Mass. 67 (2022)).
drafts-expunge-prompt-then = What was happening in your life when this case happened? Share only what you choose.
drafts-expunge-prompt-record = Is anything on the record wrong, or from someone else using your name? What do you know about it?
