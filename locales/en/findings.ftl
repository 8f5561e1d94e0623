# What the findings say. Every message names the values involved; dates and periods are given
# ISO and written for the reader by the report.

## Deadlines
due-on = { $date }
due-extended = { $date }, extended from { $from } ({ $why })
due-extended-bare = { $date }, extended from { $from }
rest-holiday = { $name }
rest-public-holiday = public holiday
rest-weekend = weekend
rest-weekend-guessed = weekend; the calendar does not know that year's holidays, so working days are guessed from weekends
# The steps records keep, by field (Chinese names them; English keeps the field).
field-submitted = submitted
field-responded = responded
field-resolved = resolved
field-held = held
field-drafted = drafted
field-received = received
field-requested_at = requested_at
field-notice_sent = notice_sent
field-agenda_sent = agenda_sent
field-signed = signed
field-reviewed = reviewed

## late
late-step = { $field } { $done }, due { $due }
late-record = the { $what }{ $whose } for { $period } came { $done }, due { $due }
late-whose = { " " }of { $party }
late-label = due { $due }
late-help = a late step cannot be made on time; correct the date if it was recorded wrongly, and keep the finding as evidence otherwise
