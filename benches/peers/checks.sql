-- Six of the built-in pack's checks in SQL, run by DuckDB over the generator's JSON export
-- (one file per collection): benches/peers/run.sh. Written once, before zhidu was optimised
-- against it, and not tuned since (issue 11).
--
-- Each query yields (check, clause, subject) rows; run.sh compares them with zhidu's findings.
-- The reading of each clause is the plain one on this data: holdings with since/until, a
-- person's `manager` before their first role's `reports_to`, a signature's `as` naming the
-- role it is given in, delegations by role and date.
--
-- Variables set by the caller: as_of (DATE), dir (the data folder).

CREATE MACRO src(name) AS getvariable('dir') || '/' || name || '.json';

CREATE TABLE people AS
SELECT p.id, p.manager, p.status, TRY_CAST(p.left_on AS DATE) AS left_on, p.roles
FROM (SELECT unnest(people) AS p
      FROM read_json(src('people'), columns = {people: 'STRUCT(id VARCHAR, manager VARCHAR, status VARCHAR, left_on VARCHAR, roles JSON[])[]'},
                     maximum_object_size = 2000000000));

CREATE TABLE roles AS
SELECT r.id, r.unit, r."level", coalesce(r.seats, 1) AS seats, r.reports_to
FROM (SELECT unnest(roles) AS r
      FROM read_json(src('roles'), columns = {roles: 'STRUCT(id VARCHAR, unit VARCHAR, "level" VARCHAR, seats BIGINT, reports_to VARCHAR)[]'},
                     maximum_object_size = 2000000000));

CREATE TABLE units AS
SELECT u.id, u.head, u.parent
FROM (SELECT unnest(units) AS u
      FROM read_json(src('units'), columns = {units: 'STRUCT(id VARCHAR, head VARCHAR, parent VARCHAR)[]'},
                     maximum_object_size = 2000000000));

CREATE TABLE delegations AS
SELECT d."to", d."role", TRY_CAST(d.since AS DATE) AS since, TRY_CAST(d."until" AS DATE) AS "until", d."scope"
FROM (SELECT unnest(delegations) AS d
      FROM read_json(src('delegations'), columns = {delegations: 'STRUCT("to" VARCHAR, "role" VARCHAR, since VARCHAR, "until" VARCHAR, "scope" VARCHAR[])[]'},
                     maximum_object_size = 2000000000));

CREATE TABLE requests AS
SELECT r.id, r.kind, r.requested_by, TRY_CAST(r.requested_at AS DATE) AS requested_at,
       r.signatures, TRY_CAST(r.attrs."start" AS DATE) AS start
FROM (SELECT unnest(requests) AS r
      FROM read_json(src('requests'), columns = {requests: 'STRUCT(id VARCHAR, kind VARCHAR, requested_by VARCHAR, requested_at VARCHAR, signatures STRUCT("by" VARCHAR, "at" VARCHAR, "as" VARCHAR)[], attrs STRUCT("start" VARCHAR))[]'},
                     maximum_object_size = 2000000000));

CREATE TABLE tickets AS
SELECT t.id, t.kind, TRY_CAST(t.received AS TIMESTAMP) AS received, TRY_CAST(t.responded AS TIMESTAMP) AS responded
FROM (SELECT unnest(tickets) AS t
      FROM read_json(src('tickets'), columns = {tickets: 'STRUCT(id VARCHAR, kind VARCHAR, received VARCHAR, responded VARCHAR)[]'},
                     maximum_object_size = 2000000000));

-- Holdings: a role id, or {role, since, until}; `pos` keeps the order of the person's list.
CREATE TABLE holdings AS
SELECT p.id AS person, h.pos,
       coalesce(json_extract_string(h.r, '$.role'), json_extract_string(h.r, '$')) AS role,
       TRY_CAST(json_extract_string(h.r, '$.since') AS DATE) AS since,
       TRY_CAST(json_extract_string(h.r, '$.until') AS DATE) AS "until"
FROM people p, (SELECT unnest(p.roles) AS r, generate_subscripts(p.roles, 1) AS pos) h;

CREATE MACRO active_on(left_on, status, day) AS
  CASE WHEN left_on IS NOT NULL THEN day < left_on ELSE coalesce(status, '') <> 'left' END;
CREATE MACRO covers(since, "until", day) AS
  (since IS NULL OR since <= day) AND ("until" IS NULL OR day <= "until");

-- Holdings in force on as_of, of roles that exist, by active people.
CREATE TEMP TABLE held_now AS
SELECT h.person, h.role, h.pos
FROM holdings h JOIN people p ON p.id = h.person JOIN roles r ON r.id = h.role
WHERE active_on(p.left_on, p.status, getvariable('as_of')) AND covers(h.since, h."until", getvariable('as_of'));

-- Direct superiors on as_of: the `manager` when it names a person (nobody, if themselves),
-- else the holders of the role their first current role reports to.
CREATE TEMP TABLE superiors AS
WITH first_role AS (
  SELECT person, arg_min(role, pos) AS role FROM held_now GROUP BY person
)
SELECT p.id AS person, m.id AS superior
FROM people p JOIN people m ON m.id = p.manager
WHERE active_on(p.left_on, p.status, getvariable('as_of')) AND m.id <> p.id
UNION ALL
SELECT p.id, h.person
FROM people p
JOIN first_role f ON f.person = p.id
JOIN roles r ON r.id = f.role
JOIN held_now h ON h.role = r.reports_to
WHERE (p.manager IS NULL OR p.manager NOT IN (SELECT id FROM people))
  AND h.person <> p.id;

-- ops.leave-approval's parts: each leave request, its requester's first role when it was
-- made, and each signature with its day.
CREATE TEMP TABLE leave AS
SELECT id, requested_by, requested_at, start, signatures FROM requests WHERE kind = 'leave';

CREATE TEMP TABLE leave_first_role AS
SELECT l.id, arg_min(h.role, h.pos) AS role
FROM leave l
JOIN holdings h ON h.person = l.requested_by
JOIN roles r ON r.id = h.role
JOIN people p ON p.id = h.person
WHERE active_on(p.left_on, p.status, l.requested_at) AND covers(h.since, h."until", l.requested_at)
GROUP BY l.id;

CREATE TEMP TABLE leave_signatures AS
SELECT l.id, s."by", s."as", TRY_CAST(left(s."at", 10) AS DATE) AS day
FROM leave l, (SELECT unnest(l.signatures) AS s);

-- The signatures that count: by the named manager, active that day; or, without one, by
-- whoever holds (or acts by delegation for) the role the requester's role reports to that day,
-- claiming that role if they claim any.
CREATE TEMP TABLE leave_valid AS
SELECT s.id, s.day
FROM leave_signatures s
JOIN leave l ON l.id = s.id
JOIN people rq ON rq.id = l.requested_by
JOIN people m ON m.id = rq.manager
WHERE s."by" = m.id AND active_on(m.left_on, m.status, s.day)
UNION ALL
SELECT s.id, s.day
FROM leave_signatures s
JOIN leave l ON l.id = s.id
JOIN people rq ON rq.id = l.requested_by
JOIN leave_first_role f ON f.id = s.id
JOIN roles fr ON fr.id = f.role
WHERE (rq.manager IS NULL OR rq.manager NOT IN (SELECT id FROM people))
  AND (s."as" IS NULL OR s."as" = fr.reports_to)
  AND (EXISTS (SELECT 1 FROM holdings h JOIN people p ON p.id = h.person
               WHERE h.person = s."by" AND h.role = fr.reports_to
                 AND active_on(p.left_on, p.status, s.day) AND covers(h.since, h."until", s.day))
       OR EXISTS (SELECT 1 FROM delegations d JOIN people p ON p.id = d."to"
                  WHERE d."to" = s."by" AND d."role" = fr.reports_to
                    AND active_on(p.left_on, p.status, s.day)
                    AND d.since <= s.day AND (d."until" IS NULL OR s.day <= d."until")
                    AND (d."scope" IS NULL OR list_contains(d."scope", 'leave'))));

CREATE TEMP TABLE findings AS
-- org.role-seats: more active holders than seats.
SELECT 'over-headcount' AS "check", 'org.role-seats' AS clause, r.id AS subject
FROM roles r JOIN held_now h ON h.role = r.id
GROUP BY r.id, r.seats HAVING count(DISTINCT h.person) > r.seats

UNION ALL
-- org.unit-heads: no head role, or nobody holds it or acts for it today.
SELECT 'unit-without-head', 'org.unit-heads', u.id
FROM units u LEFT JOIN roles r ON r.id = u.head
WHERE r.id IS NULL
   OR (NOT EXISTS (SELECT 1 FROM held_now h WHERE h.role = r.id)
       AND NOT EXISTS (SELECT 1 FROM delegations d
                       WHERE d."role" = r.id AND d.since <= getvariable('as_of')
                         AND (d."until" IS NULL OR getvariable('as_of') <= d."until")))

UNION ALL
-- org.reporting-lines: an active person with no superior, unless at the top (an executive or
-- board role, or a role reporting to nobody that heads a top-level unit).
SELECT 'no-manager', 'org.reporting-lines', p.id
FROM people p
WHERE active_on(p.left_on, p.status, getvariable('as_of'))
  AND p.id NOT IN (SELECT person FROM superiors)
  AND p.id NOT IN (
    SELECT h.person FROM held_now h JOIN roles r ON r.id = h.role
    WHERE r."level" IN ('executive', 'board')
       OR (r.reports_to IS NULL AND r.id IN (SELECT head FROM units WHERE parent IS NULL)))

UNION ALL
-- org.reporting-lines: people whose line of superiors comes back to them.
SELECT 'reporting-cycle', 'org.reporting-lines', person FROM (
  WITH RECURSIVE reach(start, person) AS (
    SELECT person, superior FROM superiors
    UNION
    SELECT r.start, s.superior FROM reach r JOIN superiors s ON s.person = r.person
  )
  SELECT DISTINCT start AS person FROM reach WHERE start = person)

UNION ALL
-- svc.response-24h: a service request answered more than 24 hours after it came in, or not
-- answered with the 24 hours gone by the end of as_of; deadlines inside the judged year.
SELECT CASE WHEN responded IS NULL THEN 'overdue' ELSE 'late' END, 'svc.response-24h', id
FROM tickets
WHERE kind = 'service-request'
  AND CAST(received + INTERVAL 24 HOUR AS DATE)
      BETWEEN getvariable('as_of') - INTERVAL 1 YEAR AND getvariable('as_of')
  AND (responded > received + INTERVAL 24 HOUR
       OR (responded IS NULL AND received + INTERVAL 24 HOUR < getvariable('as_of') + INTERVAL 1 DAY))

UNION ALL
-- ops.leave-approval: no signature, none that counts, or the first that counts given after the
-- first day of leave (a first day inside the judged year).
SELECT CASE WHEN len(l.signatures) = 0 THEN 'missing-approver'
            WHEN v.first IS NULL THEN 'unauthorized-approver'
            ELSE 'late' END,
       'ops.leave-approval', l.id
FROM leave l LEFT JOIN (SELECT id, min(day) AS first FROM leave_valid GROUP BY id) v ON v.id = l.id
WHERE len(l.signatures) = 0 OR v.first IS NULL
   OR (v.first > l.start AND l.start BETWEEN getvariable('as_of') - INTERVAL 1 YEAR AND getvariable('as_of'));

SELECT "check", clause, subject FROM findings ORDER BY ALL;
