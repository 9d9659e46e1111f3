# Las preguntas de assets/questions.ron: q-<id> es la pregunta, q-<id>-help su texto de ayuda,
# q-<id>-why la línea "por qué preguntamos" de una pregunta delicada. choice-<value> son las palabras de una opción.

q-open_case = ¿Tiene un caso penal que todavía está abierto?
q-open_case-help = Un caso abierto es uno que todavía no ha terminado. Puede tener pronto una fecha para ir al tribunal.

q-us_citizen = ¿Tiene la ciudadanía de los Estados Unidos?
q-us_citizen-help = Puede saltar esta pregunta. Su respuesta se queda en esta computadora.
q-us_citizen-why = Por qué preguntamos: sellar (sealing) o limpiar antecedentes puede afectar un caso de inmigración. Si usted no tiene la ciudadanía, es más seguro hablar primero con un abogado de inmigración.

q-offense = ¿Cuál fue el cargo?
q-offense-help = Elija el cargo tal como aparece en el registro del tribunal. Si no lo sabe, elija "No sé".

q-another_grade = ¿Fue un delito menor (misdemeanor) o un delito grave (felony)?
q-another_grade-help = Un delito grave (felony) es un cargo más serio. Sus documentos del tribunal o su CORI dicen cuál fue.

q-another_law = ¿Fue un cargo según alguna de estas leyes?
q-another_law-help = Una condena según estas leyes nunca se sella por correo. Sus documentos del tribunal o su CORI muestran el capítulo de la ley.

q-court = ¿En qué tribunal estuvo el caso?
q-court-help = Los tribunales para adultos incluyen el Tribunal de Distrito (District Court), el Tribunal Municipal de Boston (Boston Municipal Court) y el Tribunal Superior (Superior Court).

q-outcome = ¿Cómo terminó el caso?
q-outcome-help = Sus documentos del tribunal o el registro del caso (docket) dicen cómo terminó.

q-when = ¿Cuándo terminó el caso?
q-when-help = Si todavía está abierto, indique la fecha en que empezó. Si fue continuado sin declaración de culpabilidad (CWOF), indique el día en que se continuó el caso, no el día en que se desestimó. Basta con el año si no sabe el día.

q-released = ¿Cuándo salió por última vez de la cárcel o de prisión por este cargo?
q-released-help = Cuente también el tiempo en un centro para menores. Si no estuvo bajo custodia por este cargo, elija la primera respuesta. La libertad a prueba (probation) va en la siguiente pregunta.

q-probation_end = ¿Cuándo terminó la libertad a prueba (probation) por este cargo?
q-probation_end-help = Si no tuvo libertad a prueba por este cargo, elija la primera respuesta. Si fue continuado sin declaración de culpabilidad (CWOF), la libertad a prueba suele terminar cuando se desestima el caso.

q-age = ¿Qué edad tenía en ese momento?
q-age-help = Algunas formas de limpiar antecedentes dependen de la edad que tenía entonces.

q-coerced = ¿Pasó esto mientras alguien le obligaba, le engañaba o le controlaba?
q-coerced-help = Esto incluye amenazas, mentiras sobre el trabajo o el pago, o que alguien no le dejara irse.
q-coerced-why = Por qué preguntamos: la ley ofrece más formas de limpiar antecedentes a las personas que fueron víctimas de trata. No tiene que responder.

q-arranged = ¿Alguien le organizaba esto, o se quedaba con parte de lo que le pagaban?
q-arranged-help = Por ejemplo, alguien que le conseguía los encuentros, ponía anuncios, le llevaba en auto o le daba un lugar donde quedarse para eso. Puede ser una pareja, una amistad o alguien de su familia. Cuenta aunque nadie le haya obligado.
q-arranged-why = Por qué preguntamos: según la ley, la trata de personas no necesita fuerza. No tiene que responder.

q-documents = ¿Tiene documentos oficiales que muestren que era víctima de trata de personas en ese momento?
q-documents-help = Por ejemplo, una visa T, el permiso de presencia continuada (Continued Presence) o una carta de certificación de una agencia del gobierno. No necesita documentos como estos para pedir ayuda.
q-documents-why = Por qué preguntamos: documentos como estos pueden facilitar limpiar antecedentes. No tiene que responder.

q-recent_7 = En los últimos 7 años, ¿le declararon culpable de algo más en Massachusetts?
q-recent_7-help = No cuente los cargos que ya anotó. Las multas de tránsito pequeñas no cuentan.

q-recent_3 = ¿Alguno de esos fue en los últimos 3 años?
q-recent_3-help = Una declaración de culpabilidad reciente puede significar una espera más larga para sellar antecedentes.

q-recent_latest = ¿Cuándo fue el más reciente?
q-recent_latest-help = Basta con el año si no sabe el día.

q-out_of_state = ¿Ha tenido alguna condena en otro estado o en un tribunal federal?
q-out_of_state-help = No cuente los cargos que ya anotó.

q-out_of_state_latest = ¿Cuándo fue la más reciente?
q-out_of_state_latest-help = Basta con el año si no sabe el día.

q-imprisonment_7 = En los últimos 7 años, ¿estuvo en la cárcel o en prisión por algún otro caso?
q-imprisonment_7-help = Cuente el tiempo en la cárcel o en prisión en cualquier estado. No cuente los cargos que ya anotó.

q-imprisonment_latest = ¿Cuándo salió por última vez?
q-imprisonment_latest-help = Basta con el año si no sabe el día.

q-commitment_3 = En los últimos 3 años, ¿lo enviaron a un centro para jóvenes, o lo declararon delincuente juvenil en otro estado?
q-commitment_3-help = Esto incluye el Departamento de Servicios Juveniles (Department of Youth Services, DYS). No cuente los cargos que ya anotó.

q-commitment_latest = ¿Cuándo fue la vez más reciente?
q-commitment_latest-help = Basta con el año si no sabe el día.

q-other_cases = ¿Hay algún otro caso judicial en sus antecedentes que no esté anotado aquí?
q-other_cases-help = Cuente los casos de cualquier tribunal, de cualquier estado o federal, incluso un caso que fue desestimado. Las multas de tránsito pequeñas no cuentan.

q-same_incident = ¿Dos o más de los cargos que anotó surgieron del mismo incidente?
q-same_incident-help = Por ejemplo, dos cargos por un mismo arresto. Algunas leyes los cuentan como uno solo.

q-false_identity = ¿Hay algún registro en sus antecedentes porque otra persona usó su nombre?
q-false_identity-help = Por ejemplo, una persona dio su nombre a la policía cuando la arrestaron.

q-supervision = ¿Está ahora en libertad a prueba (probation) o en libertad bajo palabra (parole)?
q-supervision-help = Esto puede cambiar cuándo puede pedir que se limpien sus antecedentes.

q-registered = ¿Su nombre está en el registro de delincuentes sexuales (sex offender registry)?
q-registered-help = Puede saltar esta pregunta. Su respuesta se queda en esta computadora.
q-registered-why = Por qué preguntamos: algunos antecedentes no se pueden sellar mientras la persona está en ese registro.

choice-Yes = Sí
choice-No = No
choice-NotSure = No sé
choice-PreferNotToSay = Prefiero no decirlo
choice-Offense = Un cargo de la lista
choice-Another = Otro cargo
choice-Misdemeanor = Un delito menor (misdemeanor)
choice-Felony = Un delito grave (felony)
choice-MassachusettsAdult = Un tribunal para adultos de Massachusetts
choice-MassachusettsJuvenile = Un tribunal de menores de Massachusetts (juvenile court)
choice-OtherState = Un tribunal de otro estado
choice-Federal = Un tribunal federal
choice-Guilty = Culpable
choice-ContinuedWithoutFinding = Continuado sin declaración de culpabilidad (CWOF)
choice-Dismissed = Desestimado (dismissed)
choice-NolleProsequi = Retirado por la fiscalía (nolle prosequi)
choice-NotGuilty = No culpable
choice-NoProbableCause = No se encontró causa probable (no probable cause)
choice-NoBill = No bill (el gran jurado no presentó una acusación)
choice-Filed = Archivado (placed on file)
choice-DelinquencyAdjudication = Fallo de delincuencia en el tribunal de menores (found delinquent)
choice-StillOpen = Todavía está abierto
choice-Date = Sé la fecha
choice-Year = Solo sé el año
choice-NotHeld = No estuve bajo custodia por este cargo
choice-NoProbation = No hubo libertad a prueba
choice-FirearmsLicensing = Licencias de armas de fuego (G.L. c.140 §§121-131H)
choice-PublicJustice = Capítulo 268, como dar un nombre falso a la policía (salvo resistirse al arresto)
choice-ConflictOfInterest = Conflicto de intereses (capítulo 268A)
choice-NoneOfThese = Ninguna de estas
choice-Under18 = Menos de 18
choice-From18To20 = 18, 19 o 20
choice-From21 = 21 o más

## Nombres cortos de las preguntas, para la lista de respuestas que revisar ("Revise sus respuestas") y
## para los nombres accesibles de sus enlaces "Cambiar".
q-open_case-short = Caso penal abierto
q-us_citizen-short = Ciudadanía de los EE. UU.
q-offense-short = Cargo
q-another_grade-short = Delito menor o grave
q-another_law-short = Ley del cargo
q-court-short = Tribunal
q-outcome-short = Cómo terminó el caso
q-when-short = Cuándo terminó el caso
q-released-short = Última salida por este cargo
q-probation_end-short = Fin de la libertad a prueba
q-age-short = Edad en ese momento
q-coerced-short = Bajo fuerza, engaño o control
q-arranged-short = Alguien lo organizaba o se quedaba con dinero
q-documents-short = Documentos oficiales sobre la trata
q-recent_7-short = Otra condena en los últimos 7 años
q-recent_3-short = Alguna en los últimos 3 años
q-recent_latest-short = Condena más reciente
q-out_of_state-short = Condena en otro estado o tribunal federal
q-out_of_state_latest-short = Condena más reciente en otro lugar
q-imprisonment_7-short = Cárcel o prisión por otro caso en los últimos 7 años
q-imprisonment_latest-short = Última salida de la cárcel o prisión
q-commitment_3-short = Centro juvenil o delincuencia en otro lugar en los últimos 3 años
q-commitment_latest-short = Internamiento o fallo juvenil más reciente
q-other_cases-short = Otros casos judiciales en sus antecedentes
q-same_incident-short = Cargos del mismo incidente
q-false_identity-short = Antecedentes por alguien que usó su nombre
q-registered-short = En el registro de delincuentes sexuales
q-supervision-short = En libertad a prueba o bajo palabra ahora
