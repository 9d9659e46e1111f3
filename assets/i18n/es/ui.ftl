# Palabras de la ventana. Los argumentos se escriben { $name }.

language-name = Español
window-title = ClearPath
window-title-discreet = Notas

exit-now = Salir ahora
exit-now-help = Cierra ClearPath de inmediato y olvida todas las respuestas. También puede presionar la tecla Shift tres veces.
start-over = Empezar de nuevo
settings = Configuración
step-of = Paso { $step } de { $total }
back = Atrás
next = Continuar

start-over-title = ¿Empezar de nuevo?
start-over-text = Esto borra todas las respuestas, para que la próxima persona no vea nada. No se puede deshacer.
start-over-yes = Sí, borrar todo
start-over-no = No, volver

idle-warning = Hace un rato que nadie usa ClearPath. Para que sus respuestas sigan siendo privadas, ClearPath las borrará en menos de { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    }. Mueva el mouse o presione una tecla para continuar.

welcome-title = Vea qué puede hacer con sus antecedentes penales
welcome-what = ClearPath le pregunta por los cargos que ha tenido relacionados con vender sexo. Para cada cargo, le muestra lo que la ley de Massachusetts le permite hacer hoy. También le muestra lo que haría el proyecto de ley del Modelo de Igualdad (Equality Model) si se aprueba.
welcome-keeps = ClearPath no guarda nada. Sus respuestas se quedan en esta ventana y desaparecen cuando la cierra, a menos que usted decida guardar o imprimir.
welcome-trail = Siempre queda un rastro en la computadora. Otras personas pueden encontrar un resumen guardado o impreso. Existen las colas de impresión, los programas que graban la pantalla y los que registran lo que se escribe en el teclado (keyloggers).
welcome-exit = Para salir rápido, presione "Salir ahora" arriba, o presione la tecla Shift tres veces. ClearPath se cierra y olvida sus respuestas.
welcome-not-advice = Esto no es asesoría legal. Un tribunal o una agencia decide cada solicitud. Un abogado o una persona asesora legal (advocate) puede ayudarle.
welcome-start = Comenzar
welcome-cleared = Sus respuestas se borraron porque nadie usó ClearPath durante { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }.
rules-error = No se pudieron cargar los archivos de reglas:
settings-file-error = No se pudo usar el archivo de configuración de la clínica. Se usa la configuración habitual:

about-bill = Sobre el proyecto de ley

early-heading = Primero, dos preguntas
record-heading = Sobre todos sus antecedentes
offense-search = Buscar el cargo
offense-search-hint = Escriba su nombre, su sección (como 53A) o las palabras de sus papeles del tribunal. Pulse Intro para elegir el primero que coincida.
offense-none-found = Ningún cargo de la lista coincide. Pruebe con menos palabras o elija "Otro cargo" arriba.
offense-53a-wording = Del 14 de febrero de 2007 al 20 de noviembre de 2011, la sección 53A(a) se usaba tanto para vender sexo como para pagar por él. Si su caso es de esas fechas, elija según las palabras de sus papeles: "FOR FEE" es vender, "PAY FOR" es pagar.
offense-group-selling = Cargos por vender sexo
offense-group-related = Cargos relacionados
offense-group-buying = Cargos por comprar sexo o sacar provecho de otras personas
date-field = Fecha (AAAA-MM-DD)
year-field = Año (AAAA)
date-invalid = Revise la fecha. Use el formato 2019-05-01 y un día que ya haya pasado.
year-invalid = Revise el año. Use cuatro dígitos, por ejemplo 2019.

charges-title = Sus cargos
charges-help = Agregue todos los cargos que recuerde. Puede cambiar o quitar uno en cualquier momento.
charge-summary = { $offense }. Cómo terminó: { $outcome }. Cuándo: { $when }.
charge-edit = Cambiar el cargo { $number }
charge-remove = Quitar el cargo { $number }
charge-add = Agregar otro cargo

review-title = Revise sus respuestas
review-help = Cambie lo que no esté bien. Después, vea sus resultados.
review-change = Cambiar: { $question }
review-change-link = Cambiar
review-see-results = Ver resultados

results-title = Sus resultados
results-today = Hoy
results-bill = Si se aprueba el proyecto de ley

summary-heading = Resumen para llevar
summary-help-text = Guarde o imprima un resumen de estos resultados. Empieza con un título sencillo, así que quien mire la página de reojo no verá de qué trata. Otras personas pueden encontrar un resumen guardado o impreso: guárdelo en un lugar seguro.
summary-name = Nombre que se imprimirá en el resumen (déjelo vacío si no quiere ninguno)
summary-appendix-choice = Agregar páginas para una persona asesora legal (leyes, respuestas usadas, versiones de las reglas)
summary-paper = Papel:
summary-paper-letter = Carta (EE. UU.)
summary-paper-a4 = A4
summary-save = Guardar resumen
summary-print = Imprimir resumen
summary-no-printer = No se encontró ningún servicio de impresión en esta computadora. Guarde el resumen y luego imprima el archivo guardado.
summary-saved = Guardado en { $path }.
summary-not-saved = No se guardó nada.
summary-printed = Enviado a la impresora. La cola de impresión puede guardar una copia hasta que se imprima.
summary-failed = No se pudo crear el resumen: { $error }
save-dialog-title = Guardar

help-title = Dónde encontrar ayuda
help-source = Fuente: { $source }, consultada el { $checked }

about-bill-title = Sobre el proyecto de ley del Modelo de Igualdad (Equality Model)
about-bill-repeal = Con el proyecto de ley, vender sexo y deambular de noche o por la calle (night walking o street walking) dejarían de ser delitos.
about-bill-still-crimes = Comprar sexo, y explotar a otras personas o someterlas a trata, seguirían siendo delitos.
about-bill-expunge = Quienes lo apoyan dicen que permitiría la eliminación (expungement) de cargos anteriores por vender sexo y por deambular de noche o por la calle. Todavía no se conoce el texto exacto de esa parte.
about-bill-fines = Las personas acusadas de comprar sexo pagarían multas según sus ingresos. El dinero iría a organizaciones dirigidas por sobrevivientes. No se han publicado cantidades.
about-bill-committee = Un comité estatal trabajaría en prevención, vivienda, empleo, uso de sustancias y apoyo a sobrevivientes.
about-bill-today = Hoy, estos cargos siguen siendo delitos. Solo puede limpiarlos por anulación (vacatur) si fue víctima de trata de personas, y el sellado (sealing) a menudo exige esperar 3 o 7 años.
about-bill-unknown = Lo que todavía no se sabe:

settings-title = Configuración
settings-session-only = Esta configuración dura hasta que cierre ClearPath.
settings-idle = Borrar mis respuestas después de estos minutos sin actividad
settings-discreet = Modo discreto
settings-discreet-help = Muestra un título de ventana sencillo que no dice para qué sirve ClearPath.
settings-language = Idioma
settings-text-size = Tamaño del texto
settings-file-loaded = Configuración de la clínica leída de { $path }.
settings-file-none = No hay archivo de configuración de la clínica. Una clínica puede poner uno en { $path }.
settings-done = Listo

settings-idle-suffix = {" "}min
summary-appendix-language = Idioma del apéndice:
rules-override-failed = No se pudo usar la carpeta de reglas de la clínica, así que se usan las reglas que vienen con ClearPath. Una persona asesora legal puede revisar la carpeta con "clearpath check-rules". Qué falló:

settings-theme = Colores
settings-theme-system = Claro u oscuro, según la configuración de esta computadora
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-theme-high-contrast = Alto contraste (blanco y negro, contornos marcados)

# Mientras el trabajo se hace aparte de la ventana: qué está pasando, nunca qué archivo.
task-saving = Guardando…
task-opening = Abriendo…
task-printing = Enviando a la impresora…
task-lost = Eso no terminó. No se cambió nada. Vuelva a intentarlo.

## The results' details, folded per charge.
details-heading = Cada cargo en detalle
details-help = Abra un cargo para ver por qué, la ley citada y las vías que no corresponden.

## La lista de cargos.
charge-remove-link = Quitar
charge-add-similar = Añadir un cargo parecido
charge-add-similar-help = Empieza con una copia de las respuestas del cargo { $number }, para cambiar solo lo que es distinto.
charge-state-complete = Completo
charge-state-not-finished = Sin terminar
charge-state-not-sure = Sin respuesta segura: { $answers }

## El menú de la barra superior en una ventana estrecha.
menu = Menú

## The advocate's desk: every charge as a row of a table.
welcome-advocate = Estoy anotando los cargos de otra persona
welcome-guided = Responder una pregunta a la vez
desk-title = Cargos en los antecedentes
desk-help = Escriba cada cargo de los antecedentes en una fila: un cargo por fila, una respuesta por columna. Deje la celda vacía si no está seguro. Debajo de cada celda verá lo que leyó ClearPath. Las filas que no se pueden leer se conservan y se marcan.
desk-keys = Teclas: Tab y Mayús+Tab pasan de una celda a otra. Intro pasa a la fila siguiente y agrega una después de la última. Ctrl+D copia la fila en la que está. Ctrl+Supr la quita y Alt+Z la recupera. Para agregar muchas filas, cópielas de una hoja de cálculo y pulse Ctrl+V en una celda.
desk-cell-name = Cargo { $row }, { $column }
desk-add-row = Agregar una fila
desk-undo = Recuperar la fila quitada
desk-pasted = { $count ->
    [one] Se agregó 1 fila.
   *[other] Se agregaron { $count } filas.
} { $unreadable ->
    [0] Se pudieron leer todas las filas.
    [one] 1 fila tiene celdas que no se pudieron leer: están marcadas.
   *[other] { $unreadable } filas tienen celdas que no se pudieron leer: están marcadas.
}
desk-record-heading = Sobre todos los antecedentes
desk-record-date-name = { $question }: fecha o año
desk-see-results = Ver todos los resultados y el resumen
desk-switch-guided = Cambiar a una pregunta a la vez
desk-not-sure = No está seguro
desk-problem-not-an-answer = No se puede leer esto.
desk-problem-one-of = Escriba uno de estos: { $values }, o déjelo vacío si no está seguro.
desk-problem-no-offense = Ningún cargo de la lista coincide con estas palabras. Escriba las palabras de los documentos, la sección (como c.272 §53A(a)), o "another misdemeanor" o "another felony".
desk-problem-several = Estas palabras corresponden a más de un cargo. Elija uno:
desk-problem-53a = De 2007 a 2011, la §53A(a) cubría tanto vender como pagar por sexo. Las palabras de los documentos lo dicen: FOR FEE es vender, PAY FOR es pagar. Elija uno:
desk-problem-not-a-date = No es una fecha. Escríbala como 2019-05-01, 5/1/2019 o 2019, o déjela vacía si no está seguro.
desk-problem-not-a-real-date = Este día no existe en el calendario.
desk-problem-date-range = Esta fecha es posterior a hoy o demasiado antigua.
desk-problem-before-case = Esto no puede terminar antes de que terminara el caso.
desk-col-offense = Cargo
desk-col-court = Tribunal
desk-col-outcome = Resultado
desk-col-when = Fin del caso
desk-col-released = Liberación
desk-col-probation_end = Fin de la libertad condicional
desk-col-age = Edad
desk-col-coerced = Forzada
desk-col-arranged = Organizado
desk-col-official_documents = Documentos
desk-col-another_law = Ley
