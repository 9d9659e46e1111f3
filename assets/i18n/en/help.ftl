# The words of assets/help.ron: what each organisation helps with, and where its contact was checked.

help-gbls-what = Free legal help for trafficking survivors clearing criminal records in Massachusetts.
help-gbls-source = GBLS website, as cited in the ClearPath legal brief (section 5)
help-masslegalhelp-what = Plain-language guides to CORI, sealing, expungement and immigration concerns.
help-masslegalhelp-source = MassLegalHelp CORI pages, as cited in the ClearPath legal brief (section 5)
help-mass-gov-what = The state's instructions and forms for sealing a record by mail. On mass.gov, search for "Request to seal your criminal record".
help-mass-gov-source = mass.gov, as cited in the ClearPath legal brief (section 5)
help-emma-what = Information about the Equality Model bill (H.1683 / S.1116).
help-emma-source = EMMA Coalition bill overview, as cited in the ClearPath legal brief (section 5)
