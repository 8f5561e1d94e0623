# zhidu whatif: what a reorganisation would break.
whatif-no-changes = the change file has no `changes` list
whatif-changes-not-list = `changes` is a list of changes, each a map such as {"{"}leave: p-zhang, on: 2026-12-01{"}"}
whatif-change-not-map = a change is a map such as {"{"}leave: p-zhang, on: 2026-12-01{"}"}
whatif-seats-count = `seats` needs `to:`, a whole number of seats
whatif-into-itself = a unit cannot be merged into itself, nor moved under itself or one of its own sub-units
whatif-unknown-change = `{ $key }` is not a change: leave, assign, unassign, add_role, remove_role, seats, merge, move, grant or revoke
whatif-date = a change's day is a date (2026-12-01)
whatif-missing-key = this change needs `{ $key }:`
whatif-name-not-text = a name of the data (an id or a name) was expected
whatif-unknown-name = no { $kind } of the data is called `{ $name }`
whatif-ambiguous-name = `{ $name }` names more than one entry of the data: use its id
whatif-kind-person = person
whatif-kind-role = post
whatif-kind-unit = unit
whatif-kind-body = body
whatif-kind-delegation = delegation
whatif-unreadable = cannot read the change file { $path }: { $detail }
whatif-cause-leave = { $person } leaves on { $on }
whatif-cause-assign = { $person } takes the post { $role } from { $on }
whatif-cause-unassign = { $person } leaves the post { $role } on { $on }
whatif-cause-add-role = the post { $role } is created
whatif-cause-remove-role = the post { $role } is abolished on { $on }
whatif-cause-seats = the post { $role } gets { $seats } seats
whatif-cause-merge = { $unit } merges into { $into } on { $on }
whatif-cause-move = { $unit } moves under { $under }
whatif-cause-grant = delegation { $delegation } is granted: { $to } may act as { $role }
whatif-cause-revoke = delegation { $delegation } is revoked on { $on }
whatif-header = What if, as of { $as_of } ({ $changes ->
    [one] 1 change
   *[other] { $changes } changes
}):
whatif-appear = Findings that would appear: { $count }
whatif-disappear = Findings that would disappear: { $count }
whatif-agenda = Duties of the next 90 days whose owners change: { $count }
whatif-because = after: { $causes }
whatif-nobody = nobody
whatif-owners = { $due } { $what }: { $before } → { $after }
whatif-not-simulated = Nothing was simulated: mend the change file first.
whatif-unjudged = Clauses no longer judged (what they name would be gone): { $count }
whatif-line = { $severity } { $check } { $subject }: { $message }
whatif-line-at = { $severity } { $check } { $subject } ({ $file }:{ $line }:{ $column }): { $message }
whatif-unknown-key = `{ $key }` is not a key of `{ $change }`: it takes { $keys }
whatif-already-left = this person has already left by then
whatif-not-held = this person does not hold the post { $role } then
whatif-id-taken = the id `{ $id }` is already taken
whatif-until-before-since = `until` comes before `since`
