# Palabras del resumen para llevar (guardado como PDF o impreso). Los argumentos se escriben { $name }.
#
# Las primeras líneas de la página no deben decir de qué trata el resumen: quien la mire de reojo solo ve
# "Resumen" y fechas. Los estados, el aviso del proyecto de ley y "Si ..." son las palabras de todos los resultados (results.ftl).

summary-title = Resumen
summary-made-on = Hecho el { $date }
summary-rules-checked = Reglas revisadas: { $dates }
summary-prepared-for = Preparado para { $name }

# Sus próximos pasos: una línea por paso del plan ("1. Pídalo ahora: Anulación (G.L. c.265 §59). Cargos 1, 3."),
# con las palabras del plan de la pantalla de resultados (results.ftl).
summary-plan-step = { $number }. { $step }: { $route }. { $charges }.
summary-plan-step-only = { $number }. { $step }

summary-charges = Sus cargos, uno por uno
summary-bill-heading = Si se aprueba { $bill } (un proyecto de ley pendiente, no una ley)
summary-part-same-as = { $heading }: igual que para el cargo { $number }
summary-same-as = { $route } (igual que para el cargo { $number })
summary-explained-at = Explicado en el cargo { $number }, más arriba.

summary-help = Dónde encontrar ayuda

summary-read-this = Por favor, lea esto

summary-appendix = Para una persona asesora legal
summary-appendix-intro = Cada resultado de cada cargo, con su cita legal, el motivo, los hechos en que se basó y lo que se supuso en las respuestas de las que la persona no tenía certeza.
summary-appendix-status = Estado: { $status }
summary-appendix-rules = Archivos de reglas usados

summary-page = Página { $page } de { $total }
