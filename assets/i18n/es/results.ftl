# Las palabras de los resultados, iguales dondequiera que se muestren: la ventana, el informe de texto
# (`clearpath screen`), el JSON y el resumen para llevar. Los argumentos se escriben { $name }.

# Fechas e intervalos, como los escribe este idioma.
date = { $year }-{ $month }-{ $day }
range = { $from } – { $to }
list-sep = {", "}

status-automatic = Ocurre de forma automática
status-available = Puede pedirlo ahora
status-available-from = Puede pedirlo a partir del { $date }
status-conditional = Depende de respuestas de las que usted no tenía certeza
status-needs-review = Conviene que lo revise una persona asesora legal
status-not-available = No disponible

not-advice = Esto no es asesoría legal. Un tribunal o una agencia decide cada solicitud. Un abogado o una persona asesora legal (advocate) puede ayudarle.
not-guessed = Nunca adivinamos las respuestas de las que usted no tenía certeza. Cuando una de ellas importa, los resultados muestran lo que significaría cada respuesta posible.
printout-trace = Otras personas pueden encontrar un resumen guardado o impreso. Guárdelo en un lugar seguro, o destrúyalo cuando ya no lo necesite.
translation-pending-review = Esta traducción todavía no la ha revisado un traductor legal calificado. Si algo no está claro, pida la versión en inglés.

notices-heading = Primero, para todos sus antecedentes
notice-may-apply = { $title } (puede aplicarse)
see-citation = Vea { $citation }

charge-number = Cargo { $number }
charge-about = { $offense }. Tribunal: { $court }. Cómo terminó: { $outcome }. Cuándo: { $when }.
charge-numbered = Cargo { $number }: { $about }
column-today = Hoy: { $title }
column-bill = Si se aprueba el proyecto de ley: { $title }
bill-pending = { $bill } ({ $session }) es un proyecto de ley pendiente, no una ley. Los resultados según este proyecto muestran lo que haría si se aprobara tal como lo describen quienes lo apoyan.
bill-banner = { bill-pending } Reglas revisadas: { $reviewed }.
bill-pending-today = { bill-pending } La ley actual sigue vigente.
bill-tag = Según { $bill } ({ $session }), un proyecto de ley pendiente, no una ley.

route-cited = { $remedy } ({ $citation })
route-status = { $remedy }: { $status }
branch-if = Si { $conditions }
# Une las alternativas de una rama: "Si A, o si B".
branch-or = {", o si "}
branch-otherwise = En cualquier otro caso
branch-status = { $when }: { $status }
next-step = Qué hacer ahora: { $step }
why = Motivo: { $reason }
based-on = Basado en: { $facts }
fact-answer = { $label }: { $answer }
assumed = Se supuso: { $note }
routes-none-today = Según sus respuestas, hoy ninguna de estas vías se aplica a este cargo. Una persona asesora legal puede revisarlo.
routes-none-bill = Según sus respuestas, ninguna de las vías del proyecto de ley se aplicaría a este cargo.
routes-ruled-out = Vías que no se aplican, según sus respuestas: { $routes }
routes-ruled-out-count = Vías que no se aplican ({ $count })

plan-heading = Sus próximos pasos
plan-now = Puede pedirlo ahora
plan-check = Ocurre de forma automática: confirme que ocurrió
plan-from = Puede pedirlo a partir del { $date }
plan-ask = Pregúntele a una persona asesora legal
plan-records = Pida sus documentos
plan-charges = { $count ->
    [one] Cargo { $numbers }
   *[other] Cargos { $numbers }
}
glance-heading = De un vistazo
glance-charge = Cargo

records-heading = Documentos que puede pedir
records-cori = Sus propios antecedentes penales (su CORI), del Departamento de Servicios de Información de Justicia Penal (Department of Criminal Justice Information Services, DCJIS).
records-docket = El registro de cada caso (docket), de la secretaría del tribunal que lo llevó (clerk's office). Muestra el cargo, cómo terminó el caso y las fechas.
records-fill = Para el cargo { $number }, estos documentos pueden mostrar lo que usted no sabía con certeza: { $facts }.
records-certified = Copias certificadas de sus registros del tribunal, antes de sellar o eliminar (expunge) nada, si usted no tiene la ciudadanía de los Estados Unidos o no lo sabe con certeza.

bring-heading = Qué llevarle a una persona asesora legal
bring-summary = Este resumen, si es seguro para usted llevarlo.
bring-papers = Cualquier documento del tribunal, registro del caso (docket) o CORI que ya tenga.
bring-not-sure = Una nota de lo que no sabía con certeza. Los documentos de "Pida sus documentos" pueden ayudarle.
bring-open-case = Documentos de cualquier caso que todavía esté abierto.
bring-control = Si los tiene y es seguro, documentos que muestren que alguien le controlaba, o lo organizaba o se quedaba con su dinero. No los necesita para pedir ayuda.
bring-questions = Sus preguntas. No necesita tener todas las respuestas.

origin-built-in = viene con ClearPath
origin-folder = de la carpeta de reglas { $path }
catalog-used = Lista de delitos: versión { $version }, revisión del { $reviewed }, { $origin }
rule-set-used = { $title } ({ $id }): versión { $version }, revisión del { $reviewed }, { $origin }
rules-pending = Estado: { $bill } ({ $session }), un proyecto de ley pendiente, no una ley
rules-in-force = Estado: vigente
rules-effective = Estado: vigente desde el { $date }
open-question = Pregunta pendiente: { $question }

## Filing drafts, under each charge's details.
drafts-heading = Documentos para presentar
drafts-help = Borradores para que un abogado o defensor los revise y complete antes de presentar nada. Contienen sus respuestas: guárdelos solo donde quiera conservarlos.
drafts-save-docx = Guardar como documento de Word
drafts-save-pdf = Guardar como PDF
drafts-save-name = { $action }: { $draft }, cargo { $number }
drafts-failed = No se pudo preparar el borrador: { $error }
