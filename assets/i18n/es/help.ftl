# Las palabras de assets/help.ron: en qué ayuda cada organización y dónde se comprobó su contacto.

help-gbls-what = Ayuda legal gratuita para sobrevivientes de trata que quieren limpiar sus antecedentes penales en Massachusetts.
help-gbls-source = Sitio web de GBLS (gbls.org), página de la Trafficking Survivor Conviction Relief Initiative
help-masslegalhelp-what = Guías en lenguaje sencillo sobre CORI, sellado, eliminación (expungement) y asuntos de inmigración.
help-masslegalhelp-source = Sitio web de MassLegalHelp (masslegalhelp.org), páginas sobre CORI y antecedentes penales
help-mass-gov-what = Las instrucciones y formularios del estado para sellar un registro por correo. En mass.gov, busque "Request to seal your criminal record" (en inglés).
help-mass-gov-source = mass.gov, página "Request to seal your criminal record" (en inglés)
help-emma-what = Información sobre el proyecto de ley del Modelo de Igualdad (H.1683 / S.1116).
help-emma-source = Sitio web de EMMA Coalition (equalitymodelma.org), resumen del proyecto de ley
