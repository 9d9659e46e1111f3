# El informe de texto que imprime `clearpath screen`.

report-title = Evaluación de ClearPath al { $date }
report-rules-used = Reglas usadas:
report-status = [{ $marker }] { $status }
report-marker-automatic = auto
report-marker-available = sí
report-marker-available-from = fecha
report-marker-conditional = ?
report-marker-needs-review = revisar
report-marker-not-available = no
