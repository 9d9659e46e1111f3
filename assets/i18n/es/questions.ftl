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

q-court = ¿En qué tribunal estuvo el caso?
q-court-help = Los tribunales para adultos incluyen el Tribunal de Distrito (District Court), el Tribunal Municipal de Boston (Boston Municipal Court) y el Tribunal Superior (Superior Court).

q-outcome = ¿Cómo terminó el caso?
q-outcome-help = Sus documentos del tribunal o el registro del caso (docket) dicen cómo terminó.

q-when = ¿Cuándo terminó el caso?
q-when-help = Si todavía está abierto, indique la fecha en que empezó. Basta con el año si no sabe el día.

q-custody_end = ¿Cuándo terminó la cárcel, la prisión o la libertad a prueba (probation) por este cargo?
q-custody_end-help = Si no estuvo en la cárcel ni en prisión y no tuvo libertad a prueba, elija la primera respuesta.

q-age = ¿Qué edad tenía en ese momento?
q-age-help = Algunas formas de limpiar antecedentes dependen de la edad que tenía entonces.

q-coerced = ¿Pasó esto mientras alguien le obligaba, le engañaba o le controlaba?
q-coerced-help = Esto incluye a alguien que le quitaba su dinero, le amenazaba o no le dejaba irse.
q-coerced-why = Por qué preguntamos: la ley ofrece más formas de limpiar antecedentes a las personas que fueron víctimas de trata. No tiene que responder.

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
choice-Filed = Archivado (placed on file)
choice-DelinquencyAdjudication = Fallo de delincuencia en el tribunal de menores (found delinquent)
choice-StillOpen = Todavía está abierto
choice-Date = Sé la fecha
choice-Year = Solo sé el año
choice-NoCustody = No hubo nada de eso
choice-Under18 = Menos de 18
choice-From18To20 = 18, 19 o 20
choice-From21 = 21 o más
