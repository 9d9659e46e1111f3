# English text for rules/offenses.ron. Every id the rule file names must be here, in every language.

offense-c272_53_walker = common night walking or common street walking
offense-c272_53_other = other conduct under §53(a), such as disorderly or lewd conduct
offense-c272_53A_a = sexual conduct for a fee
offense-c272_26 = resorting to restaurants or taverns for immoral purposes
offense-c94C_34 = possession of a controlled substance
offense-c272_53A_b = paying for sexual conduct
offense-c272_53A_c = paying for sexual conduct with a child
offense-c272_2 = enticing a person for prostitution
offense-c272_4A = inducing a minor into prostitution
offense-c272_4B = sharing earnings from prostitution
offense-c272_6 = permitting premises to be used for prostitution
offense-c272_7 = living off the earnings of prostitution
offense-c272_8 = soliciting for another person
offense-c272_12 = procuring a person for prostitution
offense-c272_13 = detaining a person for prostitution
offense-c272_24 = keeping a house of prostitution
offense-c265_26D = enticing a child online
offense-c265_50 = trafficking for sexual servitude
offense-c265_51 = trafficking for forced services
offense-c265_52 = a trafficking offense under c.265 §52
offense-another_misdemeanor = another charge (a misdemeanor)
offense-another_felony = another charge (a felony)
offense-group-c272_53 = a charge under §53(a), not sure which part
