# Lo que dice la ventana cuando no se puede guardar o imprimir el resumen. { $detail } es lo que dijo
# la computadora o el servicio de impresión, con sus propias palabras.

export-error-save = No se pudo guardar el archivo ahí. Pruebe otra carpeta. La computadora dijo: { $detail }
export-error-spool = No se pudo preparar el resumen para imprimir. Guárdelo y luego imprima el archivo guardado. La computadora dijo: { $detail }
export-error-start = No se pudo iniciar el servicio de impresión. Guarde el resumen y luego imprima el archivo guardado. La computadora dijo: { $detail }
export-error-refused = El servicio de impresión no aceptó el resumen. Guárdelo y luego imprima el archivo guardado. La impresora dijo: { $detail }
