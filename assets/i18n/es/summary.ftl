# Palabras del resumen para llevar (guardado como PDF o impreso). Los argumentos se escriben { $name }.
#
# Las primeras líneas de la página no deben decir de qué trata el resumen: quien la mire de reojo solo ve
# "Resumen" y fechas. Los estados, el aviso del proyecto de ley y "Si ..." son las palabras de todos los resultados (results.ftl).

summary-title = Resumen
summary-made-on = Hecho el { $date }
summary-rules-checked = Reglas revisadas: { $dates }
summary-prepared-for = Preparado para { $name }

summary-charges = Sus cargos, uno por uno

summary-help = Dónde encontrar ayuda

summary-read-this = Por favor, lea esto

summary-appendix = Para una persona asesora legal
summary-appendix-intro = Cada resultado de cada cargo, con su cita legal, el motivo, los hechos en que se basó y lo que se supuso en las respuestas de las que la persona no tenía certeza.
summary-appendix-status = Estado: { $status }
summary-appendix-rules = Archivos de reglas usados

summary-page = Página { $page } de { $total }
