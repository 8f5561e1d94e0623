### What a clause requires, in words: `zhidu explain`, the language server's hovers, docs/pack.md.

join-comma = ,{ " " }
join-and = { " " }and{ " " }
join-also = { " " }and{ " " }
join-or = { " " }or{ " " }
join-then = , then{ " " }
join-parts = { " " }and{ " " }
join-rows = ;{ " " }

# A keyword of the language (a period, a level, a kind of name or record) as a word.
word = { $w }

rule-when = when { $conditions }: { $rule }
per-department = { " " }for each department
per-department-under = { " " }for each department whose head reports to role { $role }

rule-exists-lenient = one record per { $every }{ $per } must exist; it is missing once { $due } has passed (the regulation sets no date, so none is late)
rule-exists-due = one record per { $every }{ $per } must exist by { $due }
rule-exists = one record per { $every }{ $per } must exist by the end of it
rule-every-due = one record { $slot }{ $per }, due by { $due }
rule-every = one record { $slot }{ $per }
rule-missing-after = `{ $field }` must be recorded; it is missing once { $after } has passed (no date is set, so it is never late)
rule-by-next = `{ $field }` must be recorded by the next { $kind } { $collection } after the record
rule-at-least = at least { $count } records per { $per }
rule-max-gap = consecutive records at most { $max } apart
rule-deadline = `{ $field }` no later than { $due }
rule-window = `{ $field }` between { $from } and { $to }
rule-window-from = `{ $field }` not before { $from }
rule-window-any = `{ $field }` at any time
rule-first-days = `{ $field }` within the first { $days } days of the { $of }
rule-last-days = `{ $field }` within the last { $days } days of the { $of }
rule-offset-after = `{ $field }` within { $within } after `{ $other }`
rule-offset-before = `{ $field }` within { $within } before `{ $other }`
rule-offset-around = `{ $field }` within { $within } of `{ $other }`, either side
rule-margin-before = `{ $field }` at least { $margin } before `{ $other }`
rule-margin-after = `{ $field }` at least { $margin } after `{ $other }`
rule-order-before = `{ $field }` not after `{ $other }`
rule-order-after = `{ $field }` not before `{ $other }`
rule-is = `{ $field }` is { $party }
rule-names = `{ $field }` names { $parties }
rule-count = `{ $field }` { $range }
rule-count-unless = `{ $field }` { $range }, unless { $condition }
range-between = between { $min } and { $max }
range-at-least = at least { $min }
range-at-most = at most { $max }
range-any = any number
rule-signed = signed by { $chain }
rule-signed-in-order = signed by { $chain }
rule-reviewed = reviewed by { $chain }
rule-reviewed-in-order = reviewed by { $chain }
step-unless = { $party } (unless that is the { $person })
step-last = { $step } (last)
rule-signed-before = every required signature before { $target }
rule-reviewed-before = every required review before { $target }
target-signed = the signatures
target-reviewed = the reviews
target-field = `{ $field }`
rule-signers-distinct = every step signed by a different person
rule-signers-exclude = the { $person } never signs
rule-filled-one = role { $role } held by exactly 1 active person
rule-filled-exactly = role { $role } held by exactly { $min } active people
rule-filled-at-most = role { $role } held by at most { $max } active people
rule-filled = role { $role } held by an active person
rule-filled-at-least = role { $role } held by at least { $min } active people
rule-filled-range = role { $role } held by { $min } to { $max } active people
rule-headcount = unit { $unit } has at most { $max } active people
rule-org-exists = { $kind } { $name } exists
rule-unit-under = unit { $unit } exists under unit { $parent }
rule-unit-posts = unit { $unit } has the posts { $posts }
rule-reports-head = the head of unit { $subject } reports to { $to }
rule-reports-role = role { $subject } reports to { $to }
rule-body = body { $body } { $parts }
rule-body-chair = chaired by { $chair }
rule-body-members = includes { $members }
rule-body-members-held = includes { $members } (those the organisation has)
rule-not-combined = nobody holds { $roles } at once
rule-term-level = holdings of { $level }-level roles last at most { $length }
rule-term-role = holdings of role { $role } last at most { $length }
rule-every-unit-has-head = every unit has a head, held by an active person
rule-every-person-has-manager = every active person below the top has a direct superior
rule-every-role-within-seats = no role is held by more active people than its seats
rule-no-reporting-cycles = reporting lines never loop
rule-delegation = only a holder of { $delegate } may act for { $principal }
rule-delegation-authorized = only a holder of { $delegate } may act for { $principal }, authorized by { $authorizer }
rule-limits = authority: { $bands }
band = { $party } may approve { $range }
band-between = over { $over } up to { $up_to }
band-over = over { $over }
band-up-to = up to { $up_to }
band-any = any amount

cadence-unit = every { $unit }
cadence-weekday = every { $weekday }
cadence-last-weekday = on the last { $weekday } of every month
cadence-nth-weekday = on { $nth ->
    [1] the first
    [2] the second
    [3] the third
    [4] the fourth
   *[other] the fifth
} { $weekday } of every month
cadence-last-day = on the last day of every month
cadence-day = on day { $day } of every month

of-record = the record's period
of-this = the { $unit }
of-previous = { $key ->
   *[other] the previous { $unit }
}
of-next = { $key ->
   *[other] the next { $unit }
}
period-previous = { $key ->
   *[other] previous { $unit }
}
period-next = { $key ->
   *[other] next { $unit }
}
date-fixed = { $date }
date-start = the start of { $of }
date-end = the end of { $of }
date-day = day { $day } of { $of }
date-weekday = { $weekday } of { $of }
date-month-day = { $date } of { $of }
date-minus = { $date } minus { $offset }
date-plus = { $date } plus { $offset }

cond-any = { $conditions }
cond-all = { $conditions }
cond-parens = ({ $condition })
cond-not = not ({ $condition })
cond-present = `{ $field }` is set
cond-in-unit = `{ $field }` is in { $unit }
cond-compare = `{ $field }` { $op } { $value }
