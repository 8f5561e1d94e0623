### What zhidu says of the files it reads: data, configuration, waivers, calendars.

# Words as another program (a library, the system) says them.
detail = { $detail }
did-you-mean = did you mean `{ $word }`?
# What a value of the data is, as a type error names it.
shape = { $shape ->
    [nothing] nothing
    [boolean] a boolean
    [number] a number
    [string] a string
    [date] a date
    [list] a list
    [map] a map
    [time] a time
    [period] a period
    [text] a text
    [level] a level
   *[other] { $shape }
}
first-here = first here
# What a field of the data holds.
field-type = { $type ->
    [id] an id
    [string] a string
    [strings] a list of strings
    [ids] a list of ids
    [date] a date like 2026-12-20
    [timestamp] a timestamp like 2026-12-20T17:30:00+08:00 or a date
    [period] a period like 2027, 2027-Q3, 2027-03 or 2027-W14
    [integer] a whole number
    [amount] a number
    [word] one of a fixed set of words
    [map] a map
    [holdings] a list of role ids or {"{"}role, since, until{"}"} maps
    [signatures] a list of {"{"}by, as, at, decision, comment{"}"} maps
    [reviews] a list of {"{"}by, at, decision{"}"} maps
   *[attrs] a map of extra fields
}

## Data files: collections, entries, fields
data-collections-are = the collections are { $names }
data-unknown-collection = unknown collection `{ $name }`; not read
data-collection-twice = collection `{ $name }` appears twice in one file; the second is not read
data-collection-not-a-list = `{ $name }` holds a list of entries, found { $found }
data-seats = `seats` is { $value }, but a headcount is a whole number from 0
data-delegation-ends-first = delegation ends ({ $until }) before it starts ({ $since })
data-starts-here = starts here
data-delegation-ends-first-help = correct `since` or `until`
data-entry-not-a-map = an entry of `{ $collection }` is a map of fields, found { $found }
data-entry-without-id = an entry of `{ $collection }` has no `id`; not read
data-entry-without-id-help = every entry needs an `id` unique in its kind of data
data-id-not-text = `id` is a text, found { $found }; the { $collection } entry is not read
data-invalid-id = `{ $id }` is not a valid id; the { $collection } entry is not read
data-invalid-id-help = an id holds letters (any script), digits, `-`, `_` and `.`
data-extra-fields = extra fields go under `attrs:`
data-fields-are = the fields are { $names }
data-unknown-field = unknown field `{ $field }` in { $what }
data-field-twice = field `{ $field }` appears twice; the second is not read
data-missing-field = { $what } `{ $subject }` has no `{ $field }`
data-missing-field-help = `{ $field }` is required: { $type }

## Dates, times and periods
time-not-a-date = `{ $text }` is not a date like 2026-12-20
time-not-a-data-date = `{ $text }` is not a date; write { $forms }
time-ambiguous-date = `{ $text }` could be read day-first or month-first; write { $forms }
time-no-month = month { $month } does not exist
time-no-day = { $month } has { $days } days, not { $day }
time-library-at = `{ $text }`: { $detail }
time-not-a-timestamp = `{ $text }` is not a timestamp like 2026-12-20T17:30:00+08:00
time-no-time-of-day = `{ $text }` has no valid time of day (expected HH:MM or HH:MM:SS)
time-bad-offset = `{ $text }` has an invalid UTC offset `{ $offset }`
time-unknown-zone = unknown time zone `{ $name }` (use an IANA name such as Asia/Shanghai)
time-not-a-period = `{ $text }` is not a period like 2027, 2027-H1, 2027-Q3, 2027-03, 2027-W14 or 2027-03-15
time-no-half = half { $half } does not exist (H1 or H2)
time-no-quarter = quarter { $quarter } does not exist (Q1 to Q4)
time-no-week = { $year } has no ISO week { $week }
calendar-invalid = invalid calendar file: { $detail }
calendar-range-backwards = range `{ $text }` ends before it starts
calendar-range-too-long = range `{ $text }` is longer than any holiday

## Values of the data
date-forms = 2026-11-03, 2026/11/3, 2026.11.3 or 2026年11月3日
amount-forms = 48000.50, 8,000, ¥8,000.00, ￥8,000.00, 8000元, 1.5万 or 2亿 (at most four decimals)
amount-bad-commas = `{ $text }` has commas that do not separate thousands
amount-invalid = `{ $text }` is not an amount such as { $forms }
data-wanted = { $what ->
    [text] a text
    [id] an id
    [list] a list
    [date] a date like 2026-12-20
    [timestamp] a timestamp
    [period] a period
    [integer] a whole number
    [number] a number
    [map] a map
    [roles] a list of roles
    [signatures] a list of signatures
    [reviews] a list of reviews
   *[attrs] a map of extra fields
}
data-type-mismatch = `{ $field }` is { $wanted }, found { $found }
data-item-not-text = an item of `{ $field }` is a text, found { $found }
data-field-error = `{ $field }`: { $error }
data-date-forms = a date is written { $forms }
data-timestamp-forms = write 2026-12-20T17:30:00+08:00, 2026-12-20 17:30 (local time), 2026/12/20 17:30, 2026年12月20日 or 2026-12-20
data-period-forms = a period is 2027, 2027-H1, 2027-Q3, 2027-03, 2027-W14 or 2027-03-15
data-not-a-count = `{ $field }` is a whole number from 0, found `{ $text }`
data-amount-forms = write an amount as { $forms }
data-one-of = one of { $words }
data-not-a-word = `{ $field }` cannot be `{ $text }`
data-holding-ends-first = holding of `{ $role }` ends ({ $until }) before it starts ({ $since })
data-holding-shape = an item of `roles` is a role id or a {"{"}role, since, until{"}"} map, found { $found }
data-attr-shape = `attrs.{ $key }` is { $found }; attrs hold texts, numbers, booleans and timestamps
data-approval-shape = an item of { $what } is a { $shape } map, found { $found }
data-row-without-record = a signature row has no `record`; not read
data-row-without-record-help = `record` names the id of the record signed

## References between entries, ids
ref-target = { $to ->
    [units] unit
    [roles] role
    [people] person
    [roles-or-people] role or person
    [bodies-units-or-people] body, unit or person
    [bodies-or-units] body or unit
   *[recipients] body, unit, person or role
}
ref-targets = { $to ->
    [units] units
    [roles] roles
    [people] people
   *[other] entries
}
data-left-without-date = `{ $id }` has left but has no `left_on`; treated as gone on every day
data-left-without-date-help = add `left_on` so that what they signed before leaving still counts
data-ref-ambiguous = `{ $field }` names `{ $value }`, which is the name of { $count } { $to } ({ $ids }): a reference by name must name one
data-ref-ambiguous-help = write the id of the one meant
data-ref-unknown = `{ $field }` names `{ $value }`, but there is no { $to } with that id or name
data-ref-unknown-help = add a { $to } with this id, or use an existing one
data-no-record = no record `{ $id }`
data-no-record-help = `record` names the id of a plan, request, meeting, report or ticket
data-duplicate-id = id `{ $id }` is defined twice among { $what }; the second is not read
data-duplicate-id-label = defined again here
data-duplicate-id-first = first defined here
data-duplicate-id-help = ids are unique; rename one of the two entries
data-org-entries = org entries (units, roles, people, bodies, delegations)
data-records = records

## Tables: CSV files and sheets of workbooks
table-unnamed-column = a column has no name
table-column-twice = column `{ $name }` appears twice
table-columns-same-field = columns `{ $first }` and `{ $name }` both give `{ $field }`
table-columns-same-field-help = keep one of them, or map one to another field in `[columns]` of zhidu.toml
table-unknown-field = unknown field `{ $name }` for { $collection }
table-unknown-field-help = { $collection } have { $names }; extra fields go in `attrs.<name>` columns, and `[columns.{ $collection }]` in zhidu.toml maps other headers
table-column-not-read = { $problem }; the column is not read
table-header-row-empty = `header_row = { $row }`, but row { $row } holds no headers; the table is not read
table-header-row-empty-help = set `header_row` in `[files]` of zhidu.toml to the row that names the columns
table-columns-dropped = { $count ->
    [one] column { $names } is dropped by `[columns]` of zhidu.toml; not read
   *[other] columns { $names } are dropped by `[columns]` of zhidu.toml; not read
}
table-row-cells = row has { $cells } cells, the header has { $header }; the row is not read
table-row-cells-help = check for an unquoted comma or a missing cell; cells holding commas are quoted

## Waivers files
waivers-invalid = invalid waivers file: { $detail }
waivers-not-a-map = a waivers file is a map holding a `waivers` list
waivers-write-list = write `waivers:` and a list of waivers under it
waivers-unknown-key = unknown key `{ $key }` in the waivers file
waivers-only-key = a waivers file holds only `waivers`
waivers-not-a-list = `waivers` is a list
waivers-not-a-list-help = write each waiver as an item of the list
waivers-no-list = the waivers file holds no `waivers` list
waiver-twice = waiver `{ $id }` is defined twice
waiver-twice-help = give each waiver its own id
waiver-not-a-map = a waiver is a map of fields
waiver-not-a-map-help = write `id`, `reason`, `approved_by`, `approved`, `expires` and what it covers
waiver-not-text = `{ $field }` is a text
waiver-not-text-help = write it as a string
waiver-unknown-field = unknown waiver field `{ $field }`
waiver-fields = a waiver has id, check, clause, subject, reason, approved_by, approved and expires
waiver-missing-field = the waiver has no `{ $field }`
waiver-missing-field-help = a waiver needs an id, a reason, who approved it (a person id), when, and when it expires
waiver-covers-nothing = the waiver covers nothing: it names no check, clause or subject
waiver-covers-nothing-help = name at least one of `check`, `clause` and `subject` (globs allowed)
waiver-date-help = write a date such as 2026-11-03

## zhidu.toml
size-invalid = `{ $text }` is not a size like `512MiB`, `4GiB` or `2GB`
size-unusable = `{ $text }` is not a size zhidu can use
config-bad-glob = `{ $pattern }` is not a valid glob: { $detail }
config-invalid-toml = invalid TOML: { $detail }
config-setting-error = `{ $key }`: { $error }
config-wrong = { $what ->
    [timezone] `timezone` is a string such as "Asia/Shanghai"
    [currency] `currency` is a three-letter code such as "CNY"
    [paths] `{ $key }` is a path or a list of paths
    [lang] `lang` is "zh" or "en"
    [fail_on] `fail_on` is one of "error", "warning", "info", "never"
    [strict] `strict` is true or false
    [calendar] `calendar` is the path of a calendar file
    [file] `{ $key }` is the path of a file
    [max_waiver_days] `max_waiver_days` is a number of days
    [rectify_days] `rectify_days` is a number of days
    [names] `{ $key }` lists names, as strings
    [packs] `packs` is a list of built-in pack names (`zhidu packs` lists them)
    [covers] `covers` is a list of record kinds (`monthly-plan`, …)
    [codes] `{ $key }` lists check codes or clause ids, as strings
    [code-list] `{ $key }` is a list of check codes or clause ids (globs allowed)
    [size] a size such as "4GiB" or a number of bytes
    [max_file_size] `max_file_size` is a number of bytes
    [severity] `[severity]` maps clause ids or check codes to a severity
    [params] `[params]` holds one table per clause id
    [encoding] `[encoding]` maps file globs to encodings
    [files] `[files]` maps file globs to collections
    [columns] `[columns]` holds one table per collection
    [values] `[values]` holds one table per field: `[values.status] "在职" = "active"`
    [header_row] `header_row` is a row number from 1
   *[files-line] a `[files]` line maps a glob to a collection, or to a table
}
config-max-file-size = `max_file_size` is superseded by `memory_budget`; it still refuses larger data files
config-max-file-size-help = remove it and let `memory_budget` (default: half of the machine's memory) bound the run
config-severity-value = the severity of `{ $pattern }` is "error", "warning", "info" or "off"
config-params-table = `[params."{ $clause }"]` is a table of parameter values
config-param-value = a parameter value is a string such as "01-31" or "3 days"
config-unknown-encoding = `{ $pattern }`: not an encoding zhidu knows
config-unknown-encoding-help = use "gb18030" (which covers GBK and GB2312), "utf-16le", "utf-16be" or "utf-8"
config-unknown-setting = unknown setting `{ $key }`
config-settings-are = the settings are { $keys }
config-files-unknown = `{ $key }` is not a setting of a `[files]` line
config-files-unknown-help = a `[files]` line takes `collection` (required), `kind` and `header_row`
config-files-no-collection = `{ $pattern }` names no `collection`
config-not-a-collection = `{ $name }` is not a collection
columns-true = `"{ $name }" = true`: a column is mapped to a field name, or dropped with `false`
columns-no-collection = `[columns.{ $name }]`: no such collection
columns-no-collection-help = `[columns.<collection>]` maps a collection's headers; `"{ $name }" = false` directly under `[columns]` drops a column everywhere
columns-not-a-table = `[columns.{ $name }]` maps headers to fields
columns-bad-target = a column maps to a field name, or `false` to drop it
columns-no-field = { $collection } have no field `{ $field }`
columns-no-field-help = the fields are { $names }; extra fields go in `attrs.<name>`
values-no-field = `[values.{ $name }]`: no collection has a field `{ $name }`
values-no-field-help = name a field as zhidu reads it (`status`, `kind`, `attrs.result`), after `[columns]` has mapped the headers
values-not-a-table = `[values.{ $name }]` maps values as exported to values as read: `"在职" = "active"`
values-bad-target = `[values.{ $name }]`: a value maps to a text or to true/false

## Requests that cannot be carried out
error-no-policies = no policy files (*.zhidu) found
error-not-a-folder = `{ $path }` is not a folder
error-since-after-as-of = --since ({ $since }) is after --as-of ({ $as_of })
error-threads = cannot start worker threads: { $detail }
error-in-pack-flag = { $error } (in --pack)
error-unknown-pattern-flag = `{ $pattern }` (in { $flag }) is neither a check code nor a clause id
error-unknown-pattern-config = `{ $pattern }` in zhidu.toml is neither a check code nor a clause id
error-unknown-pattern-help = `zhidu explain` lists the check codes, `zhidu list` the clauses
error-not-a-pack = `{ $name }` is not a built-in pack
error-packs-are = the packs are { $packs }, or `all`

## Reading files
read-cannot-path = cannot read `{ $path }`: { $error }
read-cannot = cannot read: { $error }
read-not-found = no such file or folder
read-permission-denied = permission denied
read-lock-file = `{ $path }` is the lock file of `{ $workbook }`, open in Excel or LibreOffice; skipped
read-not-regular = `{ $path }` is { $kind ->
    [fifo] a FIFO (named pipe)
    [socket] a socket
    [device] a device
   *[special] a special file
}, not a regular file; not read
read-symlink-loop = symlink loop: `{ $link }` leads back to `{ $target }`; not followed
read-symlink-loop-help = remove the link, or point it outside the folder it is in
read-too-large = file is { $size ->
    [none] larger than the limit of { $limit }
   *[other] { $size }, larger than the limit of { $limit }
}; not read
read-binary = binary file, not UTF-8 text (first invalid byte at offset { $offset })
read-binary-help = data and policy files are text; a spreadsheet is read by its extension (.xlsx, .xls, .ods)
read-not-utf8 = not valid UTF-8: invalid byte at offset { $offset }; it looks like { $likely }
read-not-utf8-help =
    name its encoding in zhidu.toml:
    {"["}encoding]
    "{ $file }" = "{ $likely }"
    or save it as UTF-8
read-not-encoding = not valid { $encoding }: invalid byte at offset { $offset }
read-not-encoding-help = check the file's encoding in `[encoding]` of zhidu.toml (it looks like { $likely })
budget-raise-flag = raise `--memory-budget`
budget-raise-config = raise `memory_budget` in zhidu.toml (or pass `--memory-budget`)
budget-raise-default = set `--memory-budget` or `memory_budget` in zhidu.toml (the default is half of this machine's memory)
load-already = { " " }on top of the { $spent } the files before it take
load-over-budget = `{ $file }` ({ $bytes }) would take about { $cost } of memory{ $already }, over the run's budget of { $budget } (of which { $reserve } is kept for zhidu itself: the program, the policies, the threads); not read
load-over-budget-help = { $raise }, or check the data in parts; the other files are still checked
load-workbook-help = save the workbook again from Excel or LibreOffice, or export it as CSV
load-no-collection = { $empty ->
    [yes] empty file
   *[no] no collection
}: none of the data collections (units, roles, people, plans, …); skipped
load-no-collection-help = a data file is a map of collections (`people: [...]`); a CSV file or a sheet is named after its collection (`people.csv`), or mapped by `[files]` in zhidu.toml
load-syntax = invalid { $format }: { $detail }
load-cell-help = correct the formula or the value in the workbook
load-merged-title = if the merged cells are a title above the headers in row { $row }, { $add }
load-merged-header-row = `header_row = { $row }` names a row with merged cells: unmerge them so that every column has its own header, or set `header_row` to the row that names the columns
load-merged-unmerge = unmerge the header cells so that every column has its own header
load-name-header-row =
    name the header row in zhidu.toml:
    {"["}files]
    { $line }
load-merged = the header row has merged cells ({ $from }:{ $to }); which column is which cannot be told, so the sheet is not read
load-title-row = row { $line } looks like a title, with the headers in row { $row }; the sheet is not read
load-headers-below = the headers are in row { $line }, not row 1; the sheet is not read
load-sheet-of = sheet `{ $sheet }` of `{ $file }`
load-file = `{ $file }`
load-unnamed = which collection { $what } holds cannot be told from its name; not read (collections: { $collections })
load-add-files-line =
    add to zhidu.toml:
    { $line }
sheet-reader-failed = not a workbook zhidu can read (the reader failed on it: { $detail })
sheet-not-a-workbook = not a workbook zhidu can read ({ $detail })
sheet-unreadable = sheet `{ $sheet }` cannot be read ({ $detail })
sheet-cell-beyond = sheet `{ $sheet }` has a cell at row { $row }, column { $column }: beyond the last row (1,048,576) or column (XFD) a spreadsheet can have
sheet-too-many-cells = sheet `{ $sheet }` spans { $cells } cells from column A to each row's last: more than the run's memory budget allows; not read
sheet-damaged-archive = not a workbook zhidu can read (a damaged archive: { $detail })
sheet-too-large = the workbook's parts would take { $declared } once decompressed ({ $compressed } compressed): more than the run's memory budget allows; not read
sheet-error-cell = the cell holds the error `{ $error }`; it is read as empty
sheet-damaged-xls = not a workbook zhidu can read (a damaged .xls file: { $detail })
sheet-declares-cells = a sheet of the workbook declares { $cells } cells: more than the run's memory budget allows; not read

## Syntax of data files
data-too-deep = nesting deeper than { $max } levels
json-trailing = unexpected text after the JSON value
json-comma-or-bracket = expected `,` or `]`
json-eof = expected a value, found the end of the file
json-value = expected a value (a string, number, object, array, true, false or null)
json-key = expected a key in double quotes
json-colon = expected `:` after the key
json-comma-or-brace = expected `,` or `{"}"}`
json-unclosed-string = a string is never closed
json-bad-escape = invalid escape in a string
json-control = control character inside a string (write it as an escape)
json-hex = expected four hex digits
json-surrogate = unpaired surrogate in a \u escape
json-bad-unicode = invalid \u escape
json-leading-zero = a number cannot have leading zeros
json-digit = expected a digit
json-digit-fraction = expected a digit after the decimal point
json-digit-exponent = expected a digit in the exponent
csv-unclosed-quote = a quoted cell is never closed
csv-after-quote = text after a quoted cell (quotes inside a cell are doubled: "")
yaml-unknown-anchor = alias to an unknown anchor
yaml-alias-bomb = aliases expand to more than { $max } values (an alias bomb?); not read
yaml-key-not-text = a map key must be plain text, not a list or a map

## A check's own files
check-no-data = no data: no people, roles, units or records were found under { $paths }
check-no-data-help = give the folders or files that hold the organisation and its records (YAML, JSON, TOML, CSV or spreadsheets; docs/data.md), or set `data` in zhidu.toml
check-waivers-unreadable = the waivers file `{ $path }` cannot be used: { $detail }
check-waivers-unreadable-help = `waivers` in zhidu.toml names a YAML, JSON or TOML file, relative to zhidu.toml
check-neither = `{ $path }` is neither data nor a policy by its extension; not read
check-neither-help = data files end in .yaml, .yml, .json, .toml, .csv, .xlsx, .xlsm, .xlsb, .xls or .ods; policies in .zhidu
check-calendar-unreadable = the calendar `{ $path }` cannot be used: { $detail }
check-calendar-unreadable-help = `calendar` in zhidu.toml names a calendar file, relative to zhidu.toml
check-calendar-gap = the holiday calendar has no { $year }: its working and rest days are guessed from weekends, without public holidays or make-up days
check-calendar-gap-help = a later zhidu bundles the year once the State Council publishes it; until then add its public holidays and make-up working days to a calendar file and name it in zhidu.toml (`calendar = "…"`)
baseline-unwritable = cannot write the baseline `{ $path }`: { $detail }
baseline-help = write a baseline with `zhidu check --write-baseline FILE`; it is JSON with `version` 1 and `findings`
baseline-unreadable = the baseline `{ $path }` cannot be used: { $detail }
baseline-invalid = `{ $path }` is not a zhidu baseline: { $detail }
baseline-version = baseline version { $version } is not one this zhidu reads (1)
error-no-policies-no-builtin = no policy files found, and --no-builtin forbids the built-in pack
error-no-policies-no-builtin-help = give policy files or folders as paths or with --policy
internal-no-message = a panic without a message
internal-error = internal error while { $what }: { $detail }
internal-error-help = this is a bug in zhidu, not in your files: please report it with this message (and, if you can, the files); the rest of the run is unaffected, and `--ignore` can set this part aside meanwhile
internal-evaluating = evaluating `{ $clause }`
internal-reading = reading `{ $file }`
range-over-budget = the range judged, { $since } to { $as_of }, holds about { $slots } slots of cadences and deadlines, whose findings could take { $cost }: over the run's budget of { $budget }
range-over-budget-help = narrow the range with a later `--since` (or `since` in zhidu.toml), choose clauses with `--select`, or { $raise }
sheet-far-date = the cell holds the date serial { $serial }, outside the dates a spreadsheet can hold (1900 to 9999); it is read as empty

## Settings that match nothing
covers-unknown = `{ $kind }` in `covers` is a kind no clause judges and no record has: it covers nothing
covers-unknown-help = `covers` lists kinds of records as the clauses name them (`zhidu explain <clause>` shows a clause's kinds)
files-unmatched = the `[files]` line `{ $glob }` matches no file read: it maps nothing
files-no-sheet = the `[files]` line names the sheet `{ $sheet }`, which `{ $file }` does not have
files-sheet-empty = the sheet `{ $sheet }` of `{ $file }`, which `[files]` maps, is empty
encoding-unmatched = the `[encoding]` line `{ $glob }` matches no file read
range-stopped = the run stopped after judging { $judged } of { $clauses } clauses: their { $findings } findings fill the run's budget of { $budget }; the findings shown are theirs
