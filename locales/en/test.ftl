# zhidu test: a policy repository's test cases.
test-pass = PASS
test-fail = FAIL
test-error = ERROR
test-missing = missing: { $what } (expected at line { $line }, column { $column } of zhidu-test.toml)
test-unexpected = unexpected: { $finding }
test-updated = updated: `expect` now lists what this run found; review the diff
test-summary = { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}: { $passed } passed, { $failed } failed, { $broken } could not run
test-coverage = Coverage: { $complete } of { $clauses } clauses have a passing and a failing case
test-coverage-never = { $clause }: judged by no case
test-coverage-no-pass = { $clause }: no case where it passes
test-coverage-no-fail = { $clause }: no case where it fails
test-exact-not-bool = `exact` is true or false
test-policies-not-paths = `policies` is a list of paths to policy files or folders, relative to the case's folder
test-expect-not-list = `expect` is a list of findings: {"["}{"{"}check = "…", clause = "…", subject = "…"{"}"}, …]
test-expect-not-table = an entry of `expect` is a table: {"{"}check = "…", clause = "…", subject = "…"{"}"}
test-expect-not-text = `{ $key }` of an expected finding is text (a glob is allowed)
test-expect-unknown-key = an expected finding has no `{ $key }`: it names `check`, `clause` and `subject`
test-no-as-of = a test case needs `as_of`: the day its findings are judged for (as `as_of = 2026-06-30`)
test-expect-names-nothing = the expected { $what } `{ $name }` (line { $line }, column { $column }) names nothing this run knows, so it can never be found
test-path-missing = { $path } does not exist (named by `data` or `policies` of this case)
