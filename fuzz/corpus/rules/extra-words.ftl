extra-title = Extra words
extra-note =
    on two
    lines { $value }
