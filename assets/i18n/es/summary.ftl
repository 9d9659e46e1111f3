# Palabras del resumen para llevar (guardado como PDF o impreso). Los argumentos se escriben { $name }.
#
# Las primeras líneas de la página no deben decir de qué trata el resumen: quien la mire de reojo solo ve
# "Resumen" y fechas. Los estados, el aviso del proyecto de ley y "Si ..." usan las palabras de la ventana (ui.ftl).

summary-title = Resumen
summary-made-on = Hecho el { $date }
summary-rules-checked = Reglas revisadas: { $dates }
summary-prepared-for = Preparado para { $name }

summary-notices = Primero, para todos sus antecedentes
summary-notice-may-apply = { $title } (puede aplicarse)
summary-see = Vea { $citation }

summary-charges = Sus cargos, uno por uno
summary-charge = Cargo { $number }
summary-charge-about = { $offense }. Tribunal: { $court }. Cómo terminó: { $outcome }. Cuándo: { $when }.
summary-today = Lo que puede hacer hoy: { $title }
summary-bill = Si se aprueba el proyecto de ley: { $title }
summary-bill-tag = Según { $bill } ({ $session }), un proyecto de ley pendiente, no una ley.
summary-outcome = { $remedy }: { $status }
summary-branch = { $when }: { $status }
# Une las alternativas de una rama: "Si A, o si B".
summary-branch-or = {", o si "}
summary-next = Qué hacer ahora: { $step }
summary-ruled-out = Vías que no se aplican, según sus respuestas: { $routes }
summary-none-today = Según sus respuestas, hoy ninguna de estas vías se aplica a este cargo. Una persona asesora legal puede revisarlo.
summary-none-bill = Según sus respuestas, ninguna de las vías del proyecto de ley se aplicaría a este cargo.

summary-records = Documentos que puede pedir
summary-records-cori = Sus propios antecedentes penales (su CORI), del Departamento de Servicios de Información de Justicia Penal (Department of Criminal Justice Information Services, DCJIS).
summary-records-docket = El registro de cada caso (docket), de la secretaría del tribunal que lo llevó (clerk's office). Muestra el cargo, cómo terminó el caso y las fechas.
summary-records-fill = Para el cargo { $number }, estos documentos pueden mostrar lo que usted no sabía con certeza: { $facts }.
summary-records-certified = Copias certificadas de sus registros del tribunal, antes de sellar o eliminar (expunge) nada, si usted no tiene la ciudadanía de los Estados Unidos o no lo sabe con certeza.

summary-bring = Qué llevarle a una persona asesora legal
summary-bring-summary = Este resumen, si es seguro para usted llevarlo.
summary-bring-papers = Cualquier documento del tribunal, registro del caso (docket) o CORI que ya tenga.
summary-bring-not-sure = Una nota de lo que no sabía con certeza. La lista de "Documentos que puede pedir" puede ayudarle.
summary-bring-open-case = Documentos de cualquier caso que todavía esté abierto.
summary-bring-control = Si los tiene y es seguro, documentos que muestren que alguien le controlaba, o lo organizaba o se quedaba con su dinero. No los necesita para pedir ayuda.
summary-bring-questions = Sus preguntas. No necesita tener todas las respuestas.

summary-help = Dónde encontrar ayuda
summary-help-source = Fuente: { $source }, consultada el { $checked }

summary-read-this = Por favor, lea esto
summary-not-advice = Esto no es asesoría legal. Un tribunal o una agencia decide cada solicitud. Un abogado o una persona asesora legal (advocate) puede ayudarle.
summary-bill-pending = { $bill } ({ $session }) es un proyecto de ley pendiente, no una ley. Los resultados según este proyecto muestran lo que haría si se aprobara tal como lo describen quienes lo apoyan. La ley actual sigue vigente.
summary-not-guessed = Nunca adivinamos las respuestas de las que usted no tenía certeza. Cuando una de ellas importa, este resumen muestra lo que significaría cada respuesta posible.
summary-trace = Otras personas pueden encontrar un resumen guardado o impreso. Guárdelo en un lugar seguro, o destrúyalo cuando ya no lo necesite.

summary-appendix = Para una persona asesora legal
summary-appendix-intro = Cada resultado de cada cargo, con su cita legal, el motivo, los hechos en que se basó y lo que se supuso en las respuestas de las que la persona no tenía certeza.
summary-appendix-charge = Cargo { $number }: { $description }
summary-appendix-outcome = { $remedy } ({ $citation })
summary-appendix-status = Estado: { $status }
summary-appendix-why = Motivo: { $reason }
summary-appendix-based-on = Basado en: { $facts }
summary-appendix-assumed = Se supuso: { $note }
summary-appendix-rules = Archivos de reglas usados
summary-appendix-catalog = Lista de delitos: versión { $version }, revisión del { $reviewed }, { $origin }
summary-appendix-rule-set = { $title } ({ $id }): versión { $version }, revisión del { $reviewed }, { $origin }
summary-appendix-pending = Estado: { $bill } ({ $session }), un proyecto de ley pendiente, no una ley
summary-appendix-in-force = Estado: vigente
summary-appendix-effective = Estado: vigente desde el { $date }
summary-appendix-open-question = Pregunta pendiente: { $question }
summary-origin-built-in = viene con ClearPath
summary-origin-folder = de la carpeta de reglas { $path }

summary-page = Página { $page } de { $total }
summary-translation-pending = Esta traducción todavía no la ha revisado un traductor legal calificado. Si algo no está claro, pida la versión en inglés.
