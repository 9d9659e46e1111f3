# The words of assets/help.ron: what each organisation helps with, and where its contact was checked.

help-gbls-what = Free legal help for trafficking survivors clearing criminal records in Massachusetts.
help-gbls-source = GBLS website (gbls.org), Trafficking Survivor Conviction Relief Initiative page
help-masslegalhelp-what = Plain-language guides to CORI, sealing, expungement and immigration concerns.
help-masslegalhelp-source = MassLegalHelp website (masslegalhelp.org), pages on CORI and criminal records
help-mass-gov-what = The state's instructions and forms for sealing a record by mail. On mass.gov, search for "Request to seal your criminal record".
help-mass-gov-source = mass.gov, page "Request to seal your criminal record"
help-emma-what = Information about the Equality Model bill (H.1683 / S.1116).
help-emma-source = EMMA Coalition website (equalitymodelma.org), bill overview
