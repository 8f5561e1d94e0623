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
field-chair = chair
field-to = to
field-submitted_to = submitted_to
field-owner = owner
field-by = by
field-assignee = assignee
field-requested_by = requested_by
field-attrs-issued = attrs.issued
field-attrs-effective = attrs.effective
field-attrs-implemented = attrs.implemented
field-attrs-start = attrs.start
field-attrs-started = attrs.started
field-attrs-paid = attrs.paid
field-attrs-accepted = attrs.accepted
field-attrs-ordered = attrs.ordered
field-attrs-delivered = attrs.delivered
field-attrs-form_sent = attrs.form_sent
field-attrs-archived = attrs.archived
field-attrs-published = attrs.published
field-attrs-sent = attrs.sent

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

## wrong-party
wrong-party = { $field } is { $shown }, not { $party }
wrong-party-on = { $field } is { $shown }, not { $party } on { $day }
wrong-party-held = { $field } is { $shown }, not { $party } on { $day }; held by { $holders }
wrong-party-label = not { $party }
wrong-party-help = the regulation gives this to { $party }: correct the field, or have them take the step

## out-of-window
out-of-window = { $field } { $done }, too early: { $window }
out-of-window-runs = the window runs from { $opens } to { $closes }
out-of-window-not-before = not before { $opens }
out-of-window-label = opens { $opens }
out-of-window-help = check the recorded date; if it is right, the step has to be done again inside its window

## missing-review
missing-review = not reviewed by { $party }
missing-review-unknown = no review by { $party }: { $why }
missing-review-label = review missing
missing-review-help = hold the review and record it in `reviews` (by, at): { $party }

## over-limit
over-limit = amount { $amount } { $currency } exceeds the authority of every signer (highest: { $who }, up to { $limit })
over-limit-nobody = amount { $amount } { $currency }: no signer has authority for it in { $clause }
over-limit-label = beyond the signers' authority
over-limit-help = obtain the signature of a role whose authority covers the amount

## approval-order
approval-order = { $later } signed on { $at }, before { $first } ({ $first_at })
approval-order-label = signed too early
approval-order-first = the step that comes first
approval-order-help = each signer signs after the ones before them in the chain; have the chain signed again in order
approval-order-after-last = { $by } signed on { $at }, after { $last }, who signs last
approval-order-last = the last signature
approval-order-last-help = { $party } gives the final approval; nobody signs after it

## unauthorized-approver
unauthorized-approver = { $person } signed as { $party } on { $at }, without holding it then or a valid delegation
unauthorized-approver-label = no authority then
unauthorized-approver-signed-at = signed at
unauthorized-approver-help = have the holder of the role sign, or record the delegation (with its authorizer) under which the signer acted

## out-of-sequence
out-of-sequence-help = correct the times if they were recorded wrongly; otherwise the process was bypassed and this finding is the evidence
out-of-sequence-after = { $field } { $at } comes after { $other } { $other_at }
out-of-sequence-before = { $field } { $at } comes before { $other } { $other_at }
out-of-sequence-never = { $field } { $at }, but { $other } never happened
out-of-sequence-approval = { $what } { $at }, after { $field } { $limit }
out-of-sequence-approval-label = after { $field }
out-of-sequence-approval-help = the approval must come before { $field }; correct the times if they were recorded wrongly; otherwise the process was bypassed and this finding is the evidence
out-of-sequence-signed-after-review = signed { $at }, after it was reviewed { $other_at }
out-of-sequence-reviewed-after-signature = reviewed { $at }, after it was signed { $other_at }
out-of-sequence-reviews = reviewed by { $party } on { $at }, before { $first } ({ $first_at })

## insufficient-count
count-between = between { $min } and { $max }
count-at-least = at least { $min }
count-at-most = at most { $max }
insufficient-count-missing = { $name } not recorded; { $wanted } required
insufficient-count-record = record `{ $path }`
insufficient-count = { $n } { $name }, { $wanted } required
insufficient-count-low-help = add the missing ones, or record the exception the clause allows
insufficient-count-high-help = narrow the list to the number the regulation allows
insufficient-count-period = { $held } { $what } records in { $period }, at least { $count } required
insufficient-count-unreachable = { $what }: { $held } so far in { $period } and { $left } days left, so the { $count } required can no longer be reached
insufficient-count-per = at least { $count } per { $unit }
insufficient-count-help = hold and record the missing { $n }
per-day = day
per-week = week
per-month = month
per-quarter = quarter
per-half = half
per-year = year

## no-manager
no-manager = { $person } has no direct superior on { $as_of }: { $why }
no-manager-no-role = no `manager`, and no role
no-manager-top-role = no `manager`, and { $role } reports to no role
no-manager-vacant-superior = no `manager`, and { $up } (whom { $role } reports to) is held by nobody
no-manager-label = no superior
no-manager-help = give the person a `manager`, or a role whose `reports_to` is held

## unit-without-head
unit-without-head = { $unit } has no head
unit-without-head-vacant = the head of { $unit }, { $role }, is held by nobody active on { $as_of }
unit-without-head-label = no head
unit-without-head-help = name the unit's `head` role and make sure someone holds it

## over-headcount
over-headcount-role = { $roles } is held by { $n } active people on { $as_of }, at most { $max }: { $people }
over-headcount-unit = { $unit } has { $n } active people on { $as_of }, at most { $max }: { $people }
over-headcount-label = at most { $max }
over-headcount-held-by = held by { $person }
over-headcount-role-help = end the surplus holdings (`until`), or raise `seats` if the headcount was approved
over-headcount-unit-help = move or end holdings so the unit is within its headcount, or get the headcount raised

## reporting-cycle
reporting-cycle = { $person } reports in a loop on { $as_of }: { $loop }
reporting-cycle-label = part of a reporting loop
reporting-cycle-member = { $person } is in the loop
reporting-cycle-help = correct `manager` or `reports_to` so that the line ends at the top

## sod-conflict
sod-conflict = { $person } holds both { $a } and { $b } (from { $from }), which one person must not combine
sod-conflict-label = combined with another role
sod-conflict-other = the other role
sod-conflict-help = give one of the roles to someone else and end this holding (`until`)

## term-expired
term-expired = { $person } has held { $role } since { $since }: the term of { $length } ended on { $ended }
term-expired-label = term ended { $ended }
term-expired-help = record the renewal as a new holding from its date, or end this one (`until`)

## unbound-reference
name-role = role
name-unit = unit
name-body = body
name-person = person
unbound-reference-role = { $kind } `{ $name }` matches no { $kind } of the data (by id, title, or alias), so { $clause } can never be met
unbound-reference = { $kind } `{ $name }` matches no { $kind } of the data (by id, name, or alias), so { $clause } can never be met
unbound-reference-label = not in the data
unbound-reference-help = add `{ $name }` to the `aliases` of the { $kind } the data calls it, or declare an alias in the policy (`{ $keyword } { $name } aka "…"`)

## wrong-reporting-line
wrong-reporting-line = { $role } reports to { $actual }, not to { $expected }
wrong-reporting-line-none = { $role } reports to no one, not to { $expected }
wrong-reporting-line-label = reporting line
wrong-reporting-line-help = set `reports_to` of `{ $id }` to the role the regulation names ({ $expected })

## body-composition
body-chair = `{ $body }` is chaired by `{ $chair }`, not by { $wanted }
body-no-chair = `{ $body }` has no chair; { $wanted } must chair it
body-chair-label = chair
body-chair-help = set `chair` of `{ $body }` to the role the regulation names ({ $wanted })
body-member = `{ $body }` does not include { $wanted }
body-member-label = members
body-member-help = add { $wanted } to the `members` of `{ $body }`

## missing-unit
missing-unit = the organisation has no { $kind } `{ $name }`
missing-unit-label = no such { $kind }
missing-unit-help = add it to `{ $collection }`, or add `{ $name }` to the `aliases` of the { $kind } the data calls it
missing-unit-top = the top of the organisation
missing-unit-parent = `{ $parent }`
missing-unit-under = the organisation has no unit `{ $unit }` under `{ $parent }`: `{ $id }` sits under { $actual }
missing-unit-parent-label = parent
missing-unit-under-help = set its `parent` to the unit the regulation places it in ({ $parent })
missing-unit-post = { $unit } has no post `{ $post }`
missing-unit-post-label = no such post
missing-unit-post-help = add a role titled { $post } with `unit: { $unit }` to `roles`, or add { $post } to the `aliases` of the role that holds the post

## waivers
waiver-unauthorized = waiver `{ $waiver }` has no effect: { $why }
waiver-no-authority = clause `{ $clause }` names no waiver authority (`waivable by`): it cannot be waived
waiver-outside-clauses = findings outside any clause cannot be waived
waiver-approver-cannot-act = { $person } could not act for { $party } on { $day }, when the waiver was approved
waiver-approver-unknown = the approver `{ $approver }` is no person of the organisation
waiver-unauthorized-label = not the waiver authority
waiver-unauthorized-help = have the waiver approved by the clause's waiver authority (`zhidu explain <clause>` names it), or by a deputy whose delegation covers `waiver`
waiver-expired = waiver `{ $waiver }` expired on { $expires }: the findings it covered count again
waiver-expired-label = expired
waiver-expired-help = fix what the findings point at and delete the waiver, or have it approved again with a new `expires`
waiver-too-long = waiver `{ $waiver }` runs { $days } days from its approval on { $approved }, more than the { $max } allowed
waiver-too-long-label = too far off
waiver-too-long-help = set `expires` on or before { $latest } and renew the waiver when it runs out; `max_waiver_days` in zhidu.toml sets the limit
waiver-unused = waiver `{ $waiver }` ({ $covers }) matches no finding
waiver-unused-label = waives nothing
waiver-unused-help = delete it if what it waived is fixed; otherwise correct its check, clause or subject (`--format json` shows each finding's)

## data-error (found while judging)
data-error-not-a-time-text = `{ $path }` is `{ $value }`, but { $clause } needs a time here
data-error-not-a-time = `{ $path }` is { $value }, but { $clause } needs a time here
data-error-not-a-time-help = write a timestamp like 2026-12-20T17:30:00+08:00 or a date like 2026-12-20
data-error-currency = amount in { $currency } cannot be compared with the authority table in { $table }
data-error-currency-help = record the amount in the table's currency

## Why the party of a step cannot be worked out
who-unit-unknown = the { $person }'s unit is not known (no `unit` on the record, and { $id } holds no role in a unit)
who-no-person = the record names no { $person }
who-no-record = `{ $field }` names a person on a record, and there is none here
who-no-head = { $units } has no head
who-no-overseer = { $units } has no overseeing executive (overseen_by), nor has any unit above it
who-no-superior = { $person } has no direct superior on { $day } (no `manager`, and their role reports to no one)
waiver-not-yet = waiver `{ $waiver }` is approved on { $approved }, after { $as_of }, the day judged: it waives nothing before it exists
waiver-not-yet-label = not yet approved
waiver-not-yet-help = the findings stand for the day judged; if `approved` is wrong, correct it to the day the waiver was approved
