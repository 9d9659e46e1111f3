# What the window says when saving or printing the summary fails. { $detail } is what the computer or
# the print service said, in its own words.

export-error-save = The file could not be saved there. Try another folder. The computer said: { $detail }
export-error-spool = The summary could not be made ready to print. Save it instead, then print the saved file. The computer said: { $detail }
export-error-start = The print service could not be started. Save the summary instead, then print the saved file. The computer said: { $detail }
export-error-refused = The print service did not take the summary. Save it instead, then print the saved file. The printer said: { $detail }
