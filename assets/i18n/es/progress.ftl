# Guardar el progreso en un archivo con clave, y abrirlo de nuevo.

progress-save = Guardar progreso
progress-open = Abrir progreso guardado
open-dialog-title = Abrir
progress-save-title = Guarde su progreso en un archivo con clave
progress-save-text = Elija una frase de contraseña. La necesitará para abrir el archivo otra vez. ClearPath no la guarda y no puede recuperarla. Cualquier persona que tenga el archivo y la frase de contraseña puede leer sus respuestas.
progress-open-title = Abrir progreso guardado
progress-open-text = Escriba la frase de contraseña que eligió al guardar. Luego elija el archivo.
progress-passphrase = Frase de contraseña
progress-confirm = Escriba la frase de contraseña otra vez
progress-mismatch = Las dos frases de contraseña no son iguales. Escríbalas otra vez, por favor.
progress-choose-file-save = Elegir dónde guardar
progress-choose-file-open = Elegir el archivo
progress-cancel = Cancelar
progress-saved = Su progreso está guardado en un archivo con clave: { $path }
progress-not-saved = No se guardó nada.
progress-opened = Su progreso guardado está abierto. Revise sus respuestas abajo.
progress-not-opened = No se abrió nada.
progress-does-not-fit = Las respuestas de este archivo no coinciden con las reglas que se usan aquí. Por ejemplo, puede que un cargo ya no esté en la lista. Una persona asesora legal puede ayudarle.
save-error-wrong-passphrase = Esa frase de contraseña no abre este archivo. Revise si hay errores al escribir y letras mayúsculas, y pruebe otra vez.
save-error-not-progress-file = Este archivo no es un progreso guardado de ClearPath. Revise que eligió el archivo correcto.
save-error-damaged = Este archivo se dañó o se cambió después de guardarlo, así que no se puede abrir.
save-error-newer-version = Este archivo se guardó con una versión más nueva de ClearPath. Ábralo con esa versión.
save-error-empty-passphrase = Elija una frase de contraseña para poner clave al archivo.
save-error-cannot-read = No se pudo abrir el archivo. Puede que se haya movido, o que esta cuenta no tenga permiso para abrirlo.
save-error-cannot-write = No se pudo guardar su progreso ahí. No se cambió nada. Pruebe otra carpeta.
save-error-cannot-seal = No se pudo guardar su progreso. No se escribió nada.
