# English text for rules/offenses.ron. Every id the rule file names must be here, in every language.

offense-c272_53_walker = common night walking or common street walking
offense-c272_53_other = accosting or annoying another person, lewd conduct, indecent exposure, or keeping a noisy house
offense-c272_53_b = disorderly conduct or disturbing the peace
offense-c272_53A_a = sexual conduct for a fee
offense-c272_26 = resorting to restaurants or taverns for immoral purposes
offense-c94C_34_misdemeanor = possession of a controlled substance (not heroin as a second or later offense)
offense-c94C_34_heroin_subsequent = possession of heroin, as a second or later offense
offense-c268_34A = giving a false name or Social Security number after an arrest
offense-c272_53A_b = paying for sexual conduct
offense-c272_53A_c = paying for sexual conduct with a child
offense-c272_2 = enticing a person for prostitution
offense-c272_3 = drugging a person for sexual intercourse
offense-c272_4A = inducing a minor into prostitution
offense-c272_4B = living off or sharing the earnings of a minor in prostitution
offense-c272_6 = permitting premises to be used for prostitution
offense-c272_7 = living off or sharing the earnings of an adult in prostitution
offense-c272_8 = soliciting for another person
offense-c272_12 = procuring a person for prostitution
offense-c272_13 = detaining a person for prostitution
offense-c272_24 = keeping a house of prostitution
offense-c265_26D = enticing a child online
offense-c265_50 = trafficking for sexual servitude
offense-c265_51 = trafficking for forced services
offense-c265_52 = trafficking, as a second or later offense
offense-another_misdemeanor = another charge (a misdemeanor)
offense-another_felony = another charge (a felony)
offense-another_excluded_misdemeanor = another charge (a misdemeanor) under the firearms licensing laws, c.268 or c.268A
offense-another_excluded_felony = another charge (a felony) under the firearms licensing laws, c.268 or c.268A
offense-group-c272_53 = a charge under c.272 §53, not sure which part
offense-group-c272_53_not_walking = a charge under c.272 §53 other than night or street walking, not sure which
offense-group-c94C_34 = possession of a controlled substance, not sure whether it was heroin as a second or later offense

## Other words each charge is known by, for the charge chooser's search: everyday words, then how
## Massachusetts courts word it on complaints, dockets and CORI (the District Court's complaint-language
## index; shared/data/ma-complaint-language.csv), phrases separated by ";". A clinic may add more. These
## English phrases are searched in every language, since the court papers are in English.
offense-c272_53_walker-also = street walking; night walking; loitering for prostitution; NIGHTWALKER COMMON c272 §53; NIGHTWALKER COMMON 3RD OFF. c272 §53; STREETWALKER COMMON c272 §53
offense-c272_53_other-also = ACCOST/ANNOY PERSON OF OPPOSITE SEX c272 §53; LEWD WANTON & LASCIVIOUS CONDUCT c272 §53; INDECENT EXPOSURE c272 §53; NOISY & DISORDERLY HOUSE KEEP c272 §53
offense-c272_53_b-also = DISORDERLY CONDUCT c272 §53; DISTURBING THE PEACE c272 §53; DISORDERLY CONDUCT SUBSQ. OFF. c272 §53; DISTURBING THE PEACE SUBSQ. OFF. c272 §53
offense-c272_53A_a-also = prostitution; sex for a fee; sex for money; selling sex; solicitation; SEXUAL CONDUCT FOR FEE c272 §53A; SEXUAL CONDUCT FOR FEE c272 §53A(a)
offense-c272_26-also = RESTAURANT/BAR RESORT TO FOR IMMORALITY c272 §26; RESTAURANT/BAR ALLOW SOLICITATION IN c272 §26
offense-c94C_34_misdemeanor-also = drug possession; DRUG POSSESS CLASS A c94C §34; DRUG POSSESS CLASS A SUBSQ. OFF. c94C §34; DRUG POSSESS CLASS B c94C §34; DRUG POSSESS CLASS B SUBSQ. OFF. c94C §34; DRUG POSSESS CLASS C c94C §34; DRUG POSSESS CLASS C SUBSQ. OFF. c94C §34; DRUG POSSESS CLASS D c94C §34; DRUG POSSESS CLASS D SUBSQ. OFF. c94C §34; DRUG POSSESS CLASS E c94C §34; HEROIN POSSESS c94C §34; MARIHUANA POSSESS c94C §34; MARIHUANA +1 OZ POSSESS c94C §34; MARIHUANA POSSESS SUBSQ.OFF. c94C §34; MARIHUANA +1 OZ POSSESS SUBSQ.OFF. c94C §34
offense-c94C_34_heroin_subsequent-also = HEROIN POSSESS SUBSQ. OFF. c94C §34
offense-c268_34A-also = false name; FALSE NAME/SSN ARRESTEE FURNISH c268 §34A
offense-c272_53A_b-also = buying sex; paying for sex; john; SEXUAL CONDUCT PAY FOR c272 §53A; SEXUAL CONDUCT PAY FOR c272 §53A(a); SEXUAL CONDUCT PAY FOR c272 §53A(b)
offense-c272_53A_c-also = SEXUAL CONDUCT WITH CHILD UNDER 18 PAY FOR c272 §53A(c); SEXUAL CONDUCT WITH CHILD UNDER 14 PAY FOR c272 §53A(b)
offense-c272_2-also = PROSTITUTION/UNLAW SEXABDUCT PERSON FOR c272 §2
offense-c272_3-also = SEXUAL INTERCOURSE DRUG FOR c272 §3
offense-c272_4A-also = PROSTITUTION INDUCE MINOR TO c272 §4A
offense-c272_4B-also = PROSTITUTION DERIVE SUPPORT FROM CHILD c272 §4B
offense-c272_6-also = PROSTITUTION MAINTAIN HOUSE OF c272 §6
offense-c272_7-also = pimping; PROSTITUTION DERIVE SUPPORT FROM c272 §7
offense-c272_8-also = PROSTITUTE SOLICIT FOR c272 §8
offense-c272_12-also = PROSTITUTION PROCURE PERSON TO PRACTICE c272 §12; BROTHEL EMPLOYEE EMPLOYMENT AGENCY SEND c272 §12
offense-c272_13-also = BROTHEL DETAIN/DRUG PERSON IN c272 §13; BROTHEL ATTEMPT DETAIN/DRUG PERSON IN c272 §13
offense-c272_24-also = brothel; PROSTITUTION KEEP HOUSE OF c272 §24
offense-c265_26D-also = ELECTRONIC ENTICEMENT OF CHILD FOR PROSTITUTION c265 §26D(c); ELECTRONIC ENTICEMENT OF CHILD FOR HUMAN TRAFFICKING c265 §26D(c)
offense-c265_50-also = sex trafficking; TRAFFICKING OF PERSON FOR SEXUAL SERVITUDE c265 §50(a); TRAFFICKING OF PERSON UNDER 18 FOR SEXUAL SERVITUDE c265 §50(b)
offense-c265_51-also = labor trafficking; TRAFFICKING OF PERSON FOR FORCED SERVICES c265 §51(a); TRAFFICKING OF PERSON UNDER 18 FOR FORCED SERVICES c265 §51(b)
offense-c265_52-also = TRAFFICKING OF PERSON FOR SEXUAL SERVITUDE SUBSQ. OFF. c265 §52; TRAFFICKING OF PERSON FOR FORCED SERVICES SUBSQ. OFF. c265 §52
