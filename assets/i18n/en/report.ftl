# The plain-text screening report printed by `clearpath screen`.

report-title = ClearPath screening as of { $date }
report-rules-used = Rules used:
report-status = [{ $marker }] { $status }
report-marker-automatic = auto
report-marker-available = yes
report-marker-available-from = date
report-marker-conditional = ?
report-marker-needs-review = review
report-marker-not-available = no
