# What every report says around the findings: the clause behind a finding, its source, help.
report-required-by = required by { $clause }
report-the-clause = the clause
report-the-clause-that-requires-it = the clause that requires it
report-source = source: { $source }
report-source-words = source: { $source } ({ $words })
report-help = help: { $help }
report-at = at { $place }

## The summary at the end of the human report.
summary-counts = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }, { $infos } info
summary-files = { $n } { $n ->
        [one] file
       *[other] files
    }
summary-records = { $n } { $n ->
        [one] record
       *[other] records
    }
summary-clauses = { $n } { $n ->
        [one] clause
       *[other] clauses
    }
summary-as-of = as of { $date }
summary-baselined = { $n } baselined
summary-waived = { $n } waived
summary-list-separator = {", "}
summary-not-counted = { $parts } (not counted)
summary-fixed = { $n } { $n ->
        [one] finding of the baseline no longer occurs
       *[other] findings of the baseline no longer occur
    }: write the baseline again (`--write-baseline FILE`) to shrink it
summary-not-judged = { $n } { $n ->
        [one] clause
       *[other] clauses
    } not judged, in whole or in part: the data holds no record of their kind, does not keep a step they judge, covers a period only in part, or lacks the roles and units they name (`--format json` lists them with the reason; `covers`, `covered_from` and `packs` in zhidu.toml decide)
summary-unbound-kind-did-you-mean = warning: { $n } { $n ->
        [one] record
       *[other] records
    } of kind { $kind } in { $file } { $n ->
        [one] binds
       *[other] bind
    } to no clause — did you mean { $suggestion }? map it with [values.kind]
summary-unbound-kind = warning: { $n } { $n ->
        [one] record
       *[other] records
    } of kind { $kind } in { $file } { $n ->
        [one] binds
       *[other] bind
    } to no clause — map it to a kind the clauses judge with [values.kind], or leave it
summary-all-packs = all { $n } built-in packs in use: choose your regulations with --pack or `packs` in zhidu.toml (`zhidu packs` lists them)
summary-more = … and { $n } more { $n ->
        [one] finding
       *[other] findings
    } (--max-findings 0 shows all):
report-place = { " " }(at { $place })

## Why a clause is not judged (JSON `summary.not_judged`)
coverage-no-names = the data has no { $names } (choose the clause's pack to judge it anyway)
coverage-no-kind = no { $kinds } record in the data (list the kind in `covers` to judge whether one is missing)
coverage-step-not-kept = no { $kind } record carries `{ $step }`: the step is not kept, so its absence is not judged (list `{ $kind }.{ $short }` in `covers` to judge it)
coverage-first-dated = { " " }(the first is dated { $day })
coverage-partial-period = { $period } is not judged: the data holds its records only from part of it{ $since }; set `covered_from` in zhidu.toml if it is complete

## SARIF: rules' help and suppressions
sarif-source =
    ## Source
    { $source }
sarif-words = The regulation's word for this duty: { $words }
sarif-baselined = in the baseline
sarif-waived = waived by { $id }
xlsx-sheet-list = Rectification list
xlsx-sheet-summary = Summary
xlsx-col-number = No.
xlsx-col-unit = Unit
xlsx-col-owners = Owners
xlsx-col-finding = Finding
xlsx-col-regulation = Regulation / article
xlsx-col-subject = Subject
xlsx-col-place = Location
xlsx-col-severity = Severity
xlsx-col-deadline = Rectify by
xlsx-col-status = Status
xlsx-col-fingerprint = Fingerprint
xlsx-col-count = Findings
xlsx-status-set-aside = set aside
xlsx-status-new = New
xlsx-status-open = Not yet rectified
xlsx-status-fixed = Fixed
xlsx-col-compare = Since the previous report
xlsx-to-terminal = `--format xlsx` writes a workbook: give it a file with `--output 整改清单.xlsx`
compare-unreadable = cannot read the previous report { $path }: { $reason }
compare-not-json = the previous report { $path } is not JSON (line { $line }, column { $column })
compare-not-report = { $path } is not a report of `zhidu check --format json`: it has no list of findings with their fingerprints
compare-is-output = --output names { $path }, the report --compare reads: writing the new report there would replace the previous one. Write it to another file
compare-unused = --compare { $path } marks findings in the HTML report and the rectification list only (--format html or xlsx); this report is written without it
