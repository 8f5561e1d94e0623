# Six of the built-in pack's checks in Rego, run by regorus over the generator's JSON export (one
# file per collection, each merged into `data`): benches/peers/run.sh. Written once, before zhidu
# was optimised against it, and not tuned since (issue 11). checks.sql says the same in SQL.
#
# `findings` holds [check, clause, subject] triples; run.sh compares them with zhidu's findings.
# input: {"as_of": "YYYY-MM-DD", "since": the day a year before, "day_after": the day after}.
package peers

import rego.v1

as_of := input.as_of

person := {p.id: p | some p in data.people}

role := {r.id: r | some r in data.roles}

# A holding is a role id, or {role, since, until}.
norm(h) := {"role": h} if is_string(h)

norm(h) := h if is_object(h)

active(p, day) if {
	p.left_on
	day < p.left_on
}

active(p, day) if {
	not p.left_on
	object.get(p, "status", "") != "left"
}

covers(h, day) if {
	object.get(h, "since", "") <= day
	day <= object.get(h, "until", "9999-12-31")
}

# The existing roles a person holds on a day, in the order of their list.
roles_on(p, day) := [h.role |
	active(p, day)
	some x in object.get(p, "roles", [])
	h := norm(x)
	covers(h, day)
	role[h.role]
]

current[id] := roles_on(p, as_of) if some id, p in person

holders_now[r] contains id if {
	some id, rs in current
	some r in rs
}

delegated_now contains d.role if {
	some d in data.delegations
	d.since <= as_of
	as_of <= object.get(d, "until", "9999-12-31")
}

# Direct superiors on as_of: the `manager` when it names a person (nobody, if themselves), else
# the holders of the role their first current role reports to.
superiors[id] contains m if {
	some id, p in person
	active(p, as_of)
	person[p.manager]
	m := p.manager
	m != id
}

superiors[id] contains h if {
	some id, p in person
	active(p, as_of)
	not person[object.get(p, "manager", "")]
	up := role[current[id][0]].reports_to
	some h in holders_now[up]
	h != id
}

root_heads := {u.head | some u in data.units; not u.parent}

top(id) if {
	some r in current[id]
	role[r].level in {"executive", "board"}
}

top(id) if {
	some r in current[id]
	not role[r].reports_to
	r in root_heads
}

lines := {id: [s | some s in ss] | some id, ss in superiors}

# org.role-seats
findings contains ["over-headcount", "org.role-seats", r] if {
	some r, hs in holders_now
	count(hs) > object.get(role[r], "seats", 1)
}

# org.unit-heads
findings contains ["unit-without-head", "org.unit-heads", u.id] if {
	some u in data.units
	not role[object.get(u, "head", "")]
}

findings contains ["unit-without-head", "org.unit-heads", u.id] if {
	some u in data.units
	role[u.head]
	not holders_now[u.head]
	not u.head in delegated_now
}

# org.reporting-lines
findings contains ["no-manager", "org.reporting-lines", id] if {
	some id, p in person
	active(p, as_of)
	not superiors[id]
	not top(id)
}

findings contains ["reporting-cycle", "org.reporting-lines", id] if {
	some id, ss in superiors
	some s in ss
	id in graph.reachable(lines, [s])
}

# svc.response-24h
minute_ns(t) := time.parse_ns("2006-01-02T15:04", t)

day_ns(d) := time.parse_ns("2006-01-02", d)

findings contains [c, "svc.response-24h", t.id] if {
	some t in data.tickets
	t.kind == "service-request"
	due := minute_ns(t.received) + ((24 * 3600) * 1000000000)
	day_ns(input.since) <= due
	due < day_ns(input.day_after)
	c := response(t, due)
}

response(t, due) := "overdue" if {
	not t.responded
	due < day_ns(input.day_after)
}

response(t, due) := "late" if minute_ns(t.responded) > due

# ops.leave-approval
day(s) := substring(s.at, 0, 10)

may_act(id, r, d) if r in roles_on(person[id], d)

may_act(id, r, d) if {
	active(person[id], d)
	some x in data.delegations
	x.to == id
	x.role == r
	x.since <= d
	d <= object.get(x, "until", "9999-12-31")
	"leave" in object.get(x, "scope", ["leave"])
}

counts(q, s) if {
	rq := person[q.requested_by]
	person[rq.manager]
	s.by == rq.manager
	active(person[s.by], day(s))
}

counts(q, s) if {
	rq := person[q.requested_by]
	not person[object.get(rq, "manager", "")]
	up := role[roles_on(rq, q.requested_at)[0]].reports_to
	object.get(s, "as", up) == up
	may_act(s.by, up, day(s))
}

valid_days(q) := {day(s) | some s in object.get(q, "signatures", []); counts(q, s)}

findings contains ["missing-approver", "ops.leave-approval", q.id] if {
	some q in data.requests
	q.kind == "leave"
	count(object.get(q, "signatures", [])) == 0
}

findings contains ["unauthorized-approver", "ops.leave-approval", q.id] if {
	some q in data.requests
	q.kind == "leave"
	count(object.get(q, "signatures", [])) > 0
	count(valid_days(q)) == 0
}

findings contains ["late", "ops.leave-approval", q.id] if {
	some q in data.requests
	q.kind == "leave"
	ds := valid_days(q)
	count(ds) > 0
	min(ds) > q.attrs.start
	input.since <= q.attrs.start
	q.attrs.start <= as_of
}
