# The command line: what `--help` says, and the words clap puts around it.

cli-about = 制度 · checks an organisation's data against its management regulations
cli-long-about = zhidu turns management regulations (管理制度) into policy files and checks an organisation's people, roles, units, delegations and records against them. Every finding points at the exact field in the data and cites the article that requires it.
cli-root-lang = The language of messages, `zh` or `en` (default: `lang` of zhidu.toml, else LC_ALL, LC_MESSAGES, LANG)
cli-check = Check data against policies and report findings
cli-check-paths = Data (and policy) files or folders (default: `data` of zhidu.toml, else the current folder)
cli-check-as_of = The day the check is made for (default: today in the data set's time zone)
cli-check-since = Start of the judged range (default: one year before --as-of)
cli-check-format = Output format
cli-check-fail_on = Lowest severity that makes the exit status 1
cli-check-select = Keep only findings of these check codes or clause ids (globs allowed: `ops.*`)
cli-check-ignore = Drop findings of these check codes or clause ids (globs allowed)
cli-check-jobs = Worker threads (default: number of cores)
cli-check-strict = A file without any collection is an error rather than a note
cli-check-memory_budget = The memory the run may use (`512MiB`, `4GiB`, `2GB`; default: `memory_budget` of zhidu.toml, else half of this machine's memory)
cli-check-baseline = Findings whose fingerprints this baseline holds do not fail the run (default: `baseline` of zhidu.toml)
cli-check-write_baseline = Write every finding (but input errors) to FILE as a baseline
cli-check-output = Write the report to FILE instead of standard output; without --format, the format follows the extension (.json, .sarif, .xml for JUnit, else human). Never read back as data
cli-check-max_findings = Human output: show at most N findings, then counts per clause (0: all)
cli-check-quiet = Print only the findings and the summary
cli-check-policy = More policy files or folders (repeatable)
cli-check-builtin = Use the built-in pack in addition to any policy files found
cli-check-no_builtin = Never use the built-in pack
cli-check-config = A `zhidu.toml` (default: the nearest one upwards from the first path, else from the current folder)
cli-check-packs = The built-in packs to use (repeatable; `all`): implies --builtin (`zhidu packs` lists them; default: `packs` of zhidu.toml, else all)
cli-validate = Parse and check policy files only (for pre-commit hooks)
cli-validate-paths = Policy files or folders (default: the current folder)
cli-validate-format = Output format
cli-validate-builtin = Validate the built-in pack too
cli-validate-stdin_filename = With `-`: the name of the file standard input holds (for messages, and to find its repository's other policy files)
cli-fmt = Format policy files in place (`--check`: only report)
cli-fmt-check = Change nothing; exit 1 if a file would change
cli-fmt-paths = Policy files or folders (default: the current folder); `-` reads standard input and writes the result to standard output
cli-fmt-stdin_filename = With `-`: the name of the file standard input holds, for messages
cli-explain = Explain a check code or a policy clause
cli-explain-id = A check code (`missing-approver`) or a clause id (`ops.annual-business-plan`)
cli-explain-paths = Folders or files holding policies (default: the current folder; the built-in pack when none is found)
cli-explain-policy = More policy files or folders (repeatable)
cli-explain-builtin = Use the built-in pack in addition to any policy files found
cli-explain-no_builtin = Never use the built-in pack
cli-explain-config = A `zhidu.toml` (default: the nearest one upwards from the first path, else from the current folder)
cli-explain-packs = The built-in packs to use (repeatable; `all`): implies --builtin (`zhidu packs` lists them; default: `packs` of zhidu.toml, else all)
cli-list = List the loaded clauses
cli-list-paths = Folders or files holding policies (default: the current folder; the built-in pack when none is found)
cli-list-format = Output format
cli-list-policy = More policy files or folders (repeatable)
cli-list-builtin = Use the built-in pack in addition to any policy files found
cli-list-no_builtin = Never use the built-in pack
cli-list-config = A `zhidu.toml` (default: the nearest one upwards from the first path, else from the current folder)
cli-list-packs = The built-in packs to use (repeatable; `all`): implies --builtin (`zhidu packs` lists them; default: `packs` of zhidu.toml, else all)
cli-packs = List the built-in packs (one per regulation)
cli-packs-format = Output format
cli-init = Propose a zhidu.toml for a data folder: the packs its data matches, covers, time zone
cli-init-dir = The data folder (default: the current folder); zhidu.toml is written into it
cli-init-packs = Use these packs instead of the ones proposed (repeatable)
cli-init-yes = Write without asking
cli-init-force = Replace an existing zhidu.toml
cli-lsp = Run the language server on standard input and output (for editors)
cli-completions = Print a shell completion script (`zhidu completions bash > /etc/bash_completion.d/zhidu`)

cli-usage = Usage:
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands
cli-print-help = Print help
cli-print-version = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-possible-values = possible values: { $values }
cli-default = default: { $value }
cli-error = error:
cli-error-unknown-argument = unexpected argument `{ $arg }` found
cli-error-invalid-value = invalid value `{ $value }` for `{ $arg }`
cli-error-missing-argument = the following required arguments were not provided: { $arg }
cli-error-invalid-subcommand = unrecognized subcommand `{ $arg }`
cli-error-tip = tip: a similar argument exists: `{ $suggestion }`
cli-error-more = For more information, try `--help`.

## What commands say besides their reports
fmt-would = would reformat { $file }
fmt-done = formatted { $file }
stdin-not-utf8 = standard input is not UTF-8 text
packs-summary = { $count ->
    [one] { $count } pack
   *[other] { $count } packs
} · choose with --pack NAME or `packs = ["…"]` in zhidu.toml
list-summary = { $count ->
    [one] { $count } clause
   *[other] { $count } clauses
}
progress-finding = finding files…
progress-reading = reading { $files } files…
progress-checking = checking { $records } records of { $files } files against { $clauses } clauses…
progress-done = done
cannot-write = cannot write `{ $path }`: { $detail }
lang-unknown = `{ $text }` is not a language zhidu speaks: zh or en
