# Saving progress in a locked file, and opening it again.

progress-save = Save progress
progress-open = Open saved progress
open-dialog-title = Open
progress-save-title = Save your progress in a locked file
progress-save-text = Choose a passphrase. You need it to open the file again. ClearPath does not keep it and cannot get it back. Anyone who has the file and the passphrase can read your answers.
progress-open-title = Open saved progress
progress-open-text = Type the passphrase you chose when you saved. Then choose the file.
progress-passphrase = Passphrase
progress-confirm = Type the passphrase again
progress-mismatch = The two passphrases are not the same. Please type them again.
progress-choose-file-save = Choose where to save
progress-choose-file-open = Choose the file
progress-cancel = Cancel
progress-saved = Your progress is saved in a locked file: { $path }
progress-not-saved = Nothing was saved.
progress-opened = Your saved progress is open. Check your answers below.
progress-not-opened = Nothing was opened.
progress-does-not-fit = The answers in this file do not fit the rules used here. For example, a charge may no longer be on the list. An advocate can help.
save-error-wrong-passphrase = That passphrase does not open this file. Check for typing mistakes and capital letters, then try again.
save-error-not-progress-file = This file is not saved progress from ClearPath. Check that you chose the right file.
save-error-damaged = This file was damaged or changed after it was saved, so it cannot be opened.
save-error-newer-version = This file was saved by a newer version of ClearPath. Open it with that version.
save-error-empty-passphrase = Choose a passphrase to lock the file.
save-error-cannot-read = The file could not be opened. It may have been moved, or this account may not be allowed to open it.
save-error-cannot-write = Your progress could not be saved there. Nothing was changed. Try another folder.
save-error-cannot-seal = Your progress could not be saved. Nothing was written.
