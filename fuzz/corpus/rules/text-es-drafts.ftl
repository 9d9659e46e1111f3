# Las palabras de los borradores para presentar (rules/drafts/*.ron). Traducción pendiente de revisión
# (assets/translations.ron; docs/translation-review-es.md). Variables: { $offense }, { $court },
# { $outcome }, { $when }, { $citation }, { $date }.

## Comunes a todos los borradores
drafts-label = BORRADOR para que lo revise un abogado o una persona asesora legal. No es asesoría legal.
drafts-label-rules = Reglas: { $rules }; plantilla: { $template }.
drafts-version = { $name } { $version } (revisada el { $reviewed })
drafts-made-on = Borrador hecho el { $date } con las respuestas dadas a ClearPath.
drafts-charge-line = Cargo { $number }: { $offense }.
drafts-caption = Encabezado
drafts-caption-court = Tribunal: ________________________________
drafts-caption-docket = Número de expediente (docket): ________________________
drafts-caption-parties = Commonwealth v. ________________________ (nombre)
drafts-grounds = Fundamentos
drafts-ground-charge = El cargo: { $offense }. Tribunal según las respuestas: { $court }. Cómo terminó: { $outcome }. Cuándo: { $when }.
drafts-advocate-review = Estos fundamentos vienen de las respuestas dadas a una herramienta de evaluación. Un abogado o una persona asesora legal debe comprobar cada uno con el expediente y la ley antes de presentarlo.
drafts-screening-result = Lo que encontró la evaluación ({ $citation })
drafts-result-status = Situación: { $status }
drafts-applies-if = Solo se aplica si una respuesta "No sé" resulta ser así. Una persona asesora legal debe comprobarlo.
drafts-affidavit-outline = Esquema de una declaración jurada (affidavit) de apoyo
drafts-affidavit-intro = Responda estas preguntas con sus propias palabras. Escriba solo lo que quiera contar y lo que sea verdad. Puede saltar una pregunta y hablarla primero con su abogado o persona asesora legal.
drafts-affidavit-oath = Una declaración jurada se firma bajo pena de perjurio. Un abogado o una persona asesora legal puede ayudarle a decidir qué incluir.
drafts-prompt-now = ¿Cómo es su vida ahora? ¿Qué le ayudaría a hacer que se borre este antecedente?
drafts-prompt-space = ____________________________________________________________
drafts-signature = Firma
drafts-signature-line = Firma: ________________________________
drafts-signature-date = Fecha: __________________
drafts-advocate-checks = Lo que una persona asesora legal aún debe comprobar
drafts-check-immigration = Si usted no es ciudadano o ciudadana de EE. UU., hable con un abogado de inmigración y consiga copias certificadas del expediente antes de que se selle o elimine nada.
drafts-sources = Fuentes de este borrador
drafts-source-line = { $cite } ({ $label })
drafts-label-text = leído en el texto
drafts-label-summary = de un resumen
drafts-label-unconfirmed = aún no confirmado
drafts-label-inference = una deducción

## Moción de anulación, G.L. c.265 §59
drafts-vacatur-title = Borrador: moción de anulación (vacatur) (G.L. c.265 §59)
drafts-vacatur-motion-title = Moción de anulación (vacatur) según G.L. c.265 §59
drafts-vacatur-request = Petición
drafts-vacatur-request-text = La persona acusada pide a este tribunal, que dictó la sentencia, que anule la sentencia del cargo de abajo según G.L. c.265 §59.
drafts-vacatur-ground-offense = El cargo es uno de los que cubre G.L. c.265 §59: c.272 §26, §53(a), §53A(a) o c.94C §34. La moción puede presentarse en cualquier momento después de la sentencia; no hay que esperar (G.L. c.265 §59).
drafts-vacatur-ground-standard = El tribunal debe anular la sentencia si encuentra una probabilidad razonable de que la participación en el delito fue resultado de haber sido víctima de trata de personas, según G.L. c.233 §20M o 22 U.S.C. 7102 (G.L. c.265 §59).
drafts-vacatur-ground-no-force = La trata según G.L. c.265 §50 no exige fuerza, engaño ni coacción: incluye a quien reclutó, atrajo, alojó, transportó, proporcionó u obtuvo a una persona para actividad sexual comercial, o se benefició económicamente de ello (Commonwealth v. McGhee, 472 Mass. 405 (2015)). Una persona asesora legal debe revisar cómo se aplica.
drafts-vacatur-ground-a2 = La persona acusada tenía menos de 18 años y fue declarada delincuente juvenil por un delito de c.272 §26, §53(a) o §53A(a). La ley presume, salvo prueba en contra, que la participación fue resultado de ser víctima de trata (G.L. c.265 §59(a)(2)).
drafts-vacatur-ground-a3 = La persona acusada tiene documentos oficiales de que era víctima de trata en el momento del delito, como una visa T o su aviso de aprobación, Continued Presence, una carta de una agencia federal o una declaración de las fuerzas del orden. Esos documentos crean una presunción; no son obligatorios (G.L. c.265 §59(a)(3)). Una persona asesora legal debe confirmar qué documentos enumera la ley.
drafts-vacatur-relief = Lo que pide la persona acusada
drafts-vacatur-relief-vacate = Que el tribunal anule la sentencia (condena, adjudicación de delincuencia o continuado sin declaración de culpabilidad (CWOF)) de este cargo (G.L. c.265 §59).
drafts-vacatur-relief-hearing = Que el tribunal celebre una audiencia sobre esta moción.
drafts-vacatur-relief-seal = Que, después de anularla, el tribunal selle el expediente de este caso (G.L. c.276 §100C).
drafts-vacatur-prompt-who = ¿Hubo alguien que le reclutó, le metió o le llevó al lugar donde pasó esto? Describa a esa persona y lo que hizo, con sus propias palabras.
drafts-vacatur-prompt-arranged = ¿Alguien organizó, anunció, le llevó en coche, le dio alojamiento o se quedó con dinero de lo que usted ganaba? ¿Qué hizo?
drafts-vacatur-prompt-control = ¿Alguien le obligó, engañó, amenazó o controló? ¿Cómo?
drafts-vacatur-prompt-link = ¿Cómo llevó lo que hizo esa persona a este cargo?
drafts-vacatur-prompt-documents = ¿Tiene documentos oficiales que muestren que era víctima de trata en ese momento? Por ejemplo una visa T, Continued Presence o una carta de una agencia. Enumérelos. Puede adjuntar copias si lo decide.
drafts-vacatur-prompt-age = Usted tenía menos de 18 años en ese momento. ¿Quién estaba a su alrededor y quién decidía a dónde iba?

## Petición de sellado, G.L. c.276 §100C
drafts-seal-court-title = Borrador: petición para sellar un antecedente (G.L. c.276 §100C)
drafts-seal-court-petition-title = Petición de sellado según G.L. c.276 §100C
drafts-seal-court-request = Petición
drafts-seal-court-request-text = La persona peticionaria pide a este tribunal que selle el expediente del caso de abajo según G.L. c.276 §100C, y pide una audiencia.
drafts-seal-court-ground-outcome = El caso no terminó en condena: terminó en una desestimación (dismissal) o un nolle prosequi. Un juez puede sellar ese expediente en cualquier momento si así se sirve mejor a la justicia sustancial (G.L. c.276 §100C, segundo párrafo).
drafts-seal-court-ground-standard = La buena causa se muestra ponderando los factores de Commonwealth v. Pon, 469 Mass. 296 (2014), entre ellos las desventajas que causa el antecedente, las circunstancias del caso, el tiempo pasado y las pruebas de rehabilitación. Una persona asesora legal debe comprobar la lista completa de factores.
drafts-seal-court-ground-probation = El segundo párrafo de G.L. c.276 §100C no cubre una desestimación después de terminar una orden de libertad condicional (probation); ese expediente se sella por correo según G.L. c.276 §100A. Una persona asesora legal debe comprobar cómo se desestimó el caso.
drafts-pon-disadvantages = ¿Cómo le perjudica hoy este antecedente? Por ejemplo en el trabajo, la vivienda, los estudios, las licencias o la familia.
drafts-pon-circumstances = ¿Qué pasaba en su vida cuando ocurrió este caso? Cuente solo lo que decida.
drafts-pon-time = ¿Cuánto tiempo ha pasado desde el caso y qué ha pasado desde entonces?
drafts-pon-rehabilitation = ¿Qué ha hecho desde entonces de lo que se sienta orgulloso u orgullosa? Por ejemplo trabajo, estudios, tratamiento, cuidado de otras personas o comunidad.
drafts-pon-other = ¿Hay algo más que el juez deba saber sobre por qué sellarlo sería justo?

## Sellado por correo, G.L. c.276 §100A
drafts-seal-mail-title = Borrador de hoja de trabajo: pedir el sellado por correo (G.L. c.276 §100A)
drafts-seal-mail-about = Sobre esta hoja de trabajo
drafts-seal-mail-about-text = La solicitud de sellado por correo va a la Oficina del Comisionado de Libertad Condicional (Commissioner of Probation) (G.L. c.276 §100A). Esta hoja reúne lo que necesita. No es el formulario.
drafts-seal-mail-form = El formulario oficial: en mass.gov, busque "Request to seal your criminal record". Use el formulario actual de esa página.
drafts-seal-mail-form-not-copied = Esta hoja no copia el formulario. Lo que pide el formulario está en el propio formulario; una persona asesora legal puede ayudarle a llenarlo.
drafts-seal-mail-records = Qué antecedente, y desde cuándo
drafts-seal-mail-wait = Un antecedente de delito menor (misdemeanor) puede sellarse por correo 3 años después de la comparecencia y la resolución, contando el tiempo en la cárcel o bajo custodia; uno de delito grave (felony), después de 7 años. La libertad condicional (probation) no alarga la espera (G.L. c.276 §100A).
drafts-seal-mail-no-new = En esos 3 o 7 años no debe haber ninguna declaración de culpabilidad en Massachusetts, ni condena o encarcelamiento en otro estado o en un tribunal federal (G.L. c.276 §100A).
drafts-seal-mail-never = Algunas condenas nunca se sellan por correo: las de licencias de armas (c.140 §§121-131H), las del capítulo 268 salvo resistirse al arresto, y las del capítulo 268A (G.L. c.276 §100A).
drafts-seal-mail-gather = Qué reunir y adjuntar
drafts-seal-mail-gather-cori = Su registro de antecedentes penales (CORI), para ver cada antecedente y sus fechas.
drafts-seal-mail-gather-docket = El número de expediente (docket) y el tribunal de cada caso que quiera sellar.
drafts-seal-mail-gather-form = El formulario oficial, lleno y firmado como indica.
drafts-seal-mail-gather-copy = Una copia de todo lo que envíe, guardada en un lugar privado.
drafts-seal-mail-check-dates = Que las fechas del expediente coincidan con las de arriba, y cuándo terminó el tiempo en la cárcel o bajo custodia (G.L. c.276 §100A).
drafts-seal-mail-check-record = Que nada más en el registro impida el sellado por correo, como una declaración de culpabilidad reciente, una condena en otro lugar o una condena que nunca se sella por correo (G.L. c.276 §100A).

## Eliminación (expungement), G.L. c.276 §§100F-100K
drafts-expunge-title = Borrador de hoja de trabajo: eliminación (expungement) (G.L. c.276 §§100F-100H, §100K)
drafts-expunge-about = Sobre esta hoja de trabajo
drafts-expunge-about-text = La eliminación (expungement) destruye un antecedente. Hay dos vías: la eliminación por tiempo, para delitos antes de los 21 años (G.L. c.276 §§100F-100J), y la eliminación por un motivo como una identificación falsa, un error o una conducta que ya no es delito (G.L. c.276 §100K). Decide un juez.
drafts-expunge-met = Lo que muestran sus respuestas
drafts-expunge-met-age = Usted tenía menos de 21 años en el momento del delito (G.L. c.276 §100I(a)(2)).
drafts-expunge-met-massachusetts = El caso fue en un tribunal de Massachusetts.
drafts-expunge-met-false-identity = Usted dijo que el antecedente puede venir de otra persona que usó su nombre. Eso puede ser un motivo de eliminación (G.L. c.276 §100K).
drafts-expunge-met-note = Esto viene solo de sus respuestas. Lo que cuenta es su registro.
drafts-expunge-check-100j = Que ningún delito del registro esté excluido por G.L. c.276 §100J (por ejemplo cualquier delito grave del capítulo 265, o un delito sexual de c.6 §178C).
drafts-expunge-check-wait = Que cada delito, contando el tiempo en la cárcel, bajo custodia o en libertad condicional (probation), terminó hace al menos 3 años (todos delitos menores) o 7 años (algún delito grave) (G.L. c.276 §100I(a)(3)).
drafts-expunge-check-others = Que no haya otros casos penales o de menores en el registro aparte de los de la petición (G.L. c.276 §100I(a)(4)).
drafts-expunge-check-elsewhere = Que no haya casos en otro estado, una posesión de EE. UU. o un tribunal federal (G.L. c.276 §100I(a)(5)).
drafts-expunge-check-count = Que el registro no tenga más de 2 condenas, contando una vez cada incidente (G.L. c.276 §100G(a)).
drafts-expunge-check-100f = Cómo se aplican G.L. c.276 §100F y §100H a esta petición; no están confirmados en las reglas.
drafts-expunge-check-100k = Para §100K: si puede mostrarse un motivo con prueba clara y convincente, y el mejor interés de la justicia (In re Expungement, 489 Mass. 67 (2022)).
drafts-expunge-prompt-then = ¿Qué pasaba en su vida cuando ocurrió este caso? Cuente solo lo que decida.
drafts-expunge-prompt-record = ¿Hay algo equivocado en el registro, o que venga de otra persona que usó su nombre? ¿Qué sabe de ello?
