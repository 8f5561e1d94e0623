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
late-label = due { $due }
late-help = a late step cannot be made on time; correct the date if it was recorded wrongly, and keep the finding as evidence otherwise

## Who a finding names
party-name = { $name }
party-head = the head of { $unit }
party-overseer = the executive overseeing { $unit }
party-superior = the { $person }'s direct superior
party-or = { $a } or { $b }
party-and = { $a } and { $b }
party-as = { $party } ({ $names })
unit-of = the { $person }'s unit
unit-any = any unit
person-requester = requester
person-owner = owner
person-drafted_by = drafted_by
person-chair = chair
person-assignee = assignee
person-by = by
record-plan = plan
record-request = request
record-meeting = meeting
record-report = report
record-ticket = ticket
slot-whose = { " " }of { $party }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
span-months-days = { $months ->
        [0] { $days ->
            [one] 1 day
           *[other] { $days } days
        }
       *[other] { $months ->
            [one] 1 month
           *[other] { $months } months
        }{ $days ->
            [0] {""}
            [one] {" "}1 day
           *[other] {" "}{ $days } days
        }
    }

## overdue
overdue-step = `{ $field }` is missing, due { $due } (as of { $as_of })
overdue-signatures = the required signatures are missing, due { $due } (as of { $as_of })
overdue-reviews = the required reviews are missing, due { $due } (as of { $as_of })
overdue-label = no `{ $field }`
overdue-help = do the step and record when in `{ $path }`

## missing-approver
missing-approver = not signed by { $party }
missing-approver-held = not signed by { $party }; held by { $holders }
missing-approver-unknown = no signature by { $party }: { $why }
missing-approver-label = signature missing
missing-approver-help = obtain the signature of { $party } and record it in `signatures` (by, as, at); a record still under way can say so with `status: pending`

## missing-record
missing-record = no { $what }{ $whose } for { $period }; it was due { $due }
missing-record-lenient = no { $what }{ $whose } for { $period }, and { $due } has passed (the regulation sets no date; a record is missing once that day is over)
missing-record-label = required for { $period }
missing-record-help = add the record with `period: { $period }` and its real dates, or narrow the judged range with --since

## cadence
cadence-missing = no { $what }{ $whose } { $when }{ $tail }{ $nearest }
cadence-on = on { $weekday } { $date }
cadence-in = in { $period }
cadence-nor-by-after = { " " }nor by { $day }, the next working day, after { $why }
cadence-nor-by = { " " }nor by { $day }, the next working day
cadence-due = { " " }(due { $due })
cadence-nearest = ; the nearest was { $day }
cadence-missing-label = missing { $when }
cadence-missing-help = record it if it took place; otherwise the gap stands
cadence-gap = { $what } on { $day } came { $span } after the previous one ({ $previous }); the next was due by { $due } (at most { $max } apart)
cadence-due-by = due by { $due }
cadence-gap-help = hold them at most { $max } apart
cadence-none-since = no { $what } since { $previous }; the next was due by { $due } (at most { $max } apart)
cadence-none-recorded = no { $what } recorded since { $since }; one was due by { $due } (at most { $max } apart)
cadence-none-help = record it if it took place; otherwise hold it

## self-approval
self-approval-both = { $name } signed as both { $capacities }
self-approval-both-label = same signer again
self-approval-first = first signature
self-approval-both-help = each step needs a different person; have someone else who holds the role, or a deputy with a delegation, sign
self-approval-own = the { $person } { $name } signed their own { $record }
self-approval-own-label = signs their own
self-approval-own-help = the { $person } never approves their own record; the step needs another signer

## invalid-delegation
delegation = { $id } ({ $to } acting as { $role })
delegation-someone = someone
delegation-a-role = a role
delegation-not-deputy = { $delegation }: { $person } does not hold { $role } on { $day }, and only a { $role } may act for this role
delegation-not-deputy-label = not a { $role }
delegation-not-deputy-help = delegate to a holder of { $role }, or record their appointment first
delegation-unauthorized = { $delegation } is not authorized: it names no `authorized_by`, and { $party } must authorize it
delegation-wrong-authorizer = { $delegation } is authorized by { $by }, who is not { $party } on { $day }
delegation-unauthorized-label = not authorized as required
delegation-unauthorized-help = record the authorization by { $party } (`authorized_by`, `authorized_at`)
delegation-starts = only starts on { $day }
delegation-expired = expired on { $day }
delegation-out-of-scope = does not cover `{ $kind }` records
delegation-lapsed = { $delegation } { $why }, but { $record } was signed under it on { $at }
delegation-signature-on = signature on { $record }
delegation-lapsed-help = extend or renew the delegation (with its authorizer), or have the role's holder sign

## vacant-role
vacant-role-nobody = { $roles } is held by nobody active on { $as_of }{ $last }
vacant-role-short = { $roles } is held by { $held } active { $held ->
        [one] person
       *[other] people
    } on { $as_of }, at least { $min } required: { $empty } { $empty ->
        [one] seat
       *[other] seats
    } empty{ $last }
vacant-role-last = ; last held { $ended }
vacant-role-left = by { $person }, who left on { $day }
vacant-role-until = by { $person } until { $day }
vacant-role-last-holding = last holding
vacant-role-label = vacant
vacant-role-help = appoint someone (add the role to a person, with `since`), or record a delegation for who acts meanwhile
