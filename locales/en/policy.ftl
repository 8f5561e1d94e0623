### Policy files: what is wrong in a clause, a declaration or a parameter.

param-kind = { $kind ->
    [duration] a duration
    [date] a date
    [month-day] a month-day
    [amount] an amount
    [none] nothing (a limit the regulation does not set)
   *[kinds] a list of record kinds
}
params-no-clause = `{ $pattern }` matches no clause
params-no-clause-help = check the clause id with `zhidu list`
params-none = these clauses take no parameters
params-are = their parameters: { $names }
params-no-param = no clause matching `{ $pattern }` has a parameter `{ $name }`
params-bad-value = `{ $value }` is not a valid value for parameter `{ $name }` of `{ $clause }`: { $error }
params-default = the default is `{ $default }` ({ $kind })
params-expected = expected { $kind }
params-decimals = use at most four decimals
params-expected-limit = expected a month-day (`01-31`), a date or a duration (`7 days`)
policy-duration-too-long = `{ $duration }` is longer than a hundred years (a duration is at most `{ $most }`)
policy-amount-too-large = `{ $amount }` is larger than any amount zhidu compares
policy-declare-name = declare it: `{ $declaration }` (or fix the name)
policy-fields-are = { $collection } have { $names }; extra fields go under `attrs.`
policy-field-type = `{ $field }` holds { $holds }, not { $wanted ->
    [time] a date or timestamp
    [count] a whole number
   *[party] a person, unit or body
}
policy-field-order-help = to order signing and reviewing, write `reviewed before signed` or `signed before reviewed`
policy-field-type-help = name a field of the right type, or an `attrs.` field
policy-declare-param = declare it: `param { $name } = …`
policy-unknown-param = unknown parameter `{ $name }`
policy-number-too-large = number too large
policy-number-too-large-label = too large
policy-number-too-large-help = numbers here are at most { $max }
policy-too-deep = nesting deeper than { $max } levels
policy-too-deep-label = too deep from here
policy-too-deep-help = no clause needs this many nested blocks or parentheses; is the file a policy file?
policy-internal = internal parser error ({ $detail })
policy-here = here
policy-internal-help = this is a bug in zhidu; please report it with the file
policy-unclosed = this { $what ->
    [clause] clause
   *[when] `when` block
} is never closed
policy-unclosed-label = opened here
policy-unclosed-help = add `{"}"}` on a line of its own after the last statement
policy-unknown-declaration = unknown declaration or clause `{ $word }`
policy-unknown-statement = unknown statement or field `{ $word }`
policy-not-understood = not understood
policy-see-language = see docs/language.md for the statements of the language

## Clauses, declarations and statements
policy-a-clause-cites-one-article = a clause cites one article
policy-split-the-clause-or-list-the = split the clause, or list the articles in one text: `cite "第七条、第九条"`
policy-severity-is-set-twice = `severity` is set twice
policy-keep-one = keep one
policy-words-is-set-twice = `words` is set twice
policy-record-the-one-word-the-cited = record the one word the cited article uses for this duty
policy-waivable-by-is-set-twice = `waivable by` is set twice
policy-name-every-party-that-may-waive = name every party that may waive in one statement: `waivable by role 总经理 or role 总裁`
policy-kind-is-set-twice = `kind` is set twice
policy-list-every-kind-in-one-statement = list every kind in one statement: `kind a, b`
policy-when-is-set-twice = `when` is set twice
policy-join-the-conditions-with-and = join the conditions with `and`
policy-every-clause-says-where-its-duty = every clause says where its duty comes from: `cite "第十二条"`
policy-no-document-to-cite = no document to cite
policy-add-source-document-title-at-the = add `source "<document title>"` at the top of the file, or write `cite "…" in "<document title>"`
policy-remove-it = remove it
policy-give-it-a-list-of-kinds = give it a list of kinds: `param kinds = [purchase, leave]`
policy-a-waiver-is-approved-outside-any = a waiver is approved outside any record: `waivable by` cannot name a party of the record
policy-name-a-role-body-unit-or = name a role, body, unit or person: `waivable by role 总经理`
policy-use-it-in-a-statement-or = use it in a statement, or remove it
policy-add-statements-that-say-what-the = add statements that say what the data must show
policy-conditions-select-records-org-delegation-clauses = conditions select records; org, delegation clauses have none
policy-clause-settings-belong-at-the-top = clause settings belong at the top level of the clause
policy-move-it-out-of-the-when = move it out of the `when` block
policy-at-least-0-is-always-met = `at least 0` is always met
policy-remove-the-statement-or-give-the = remove the statement, or give the real minimum
policy-a-gap-of-at-most-zero = a gap of at most zero can never be met
policy-give-the-longest-allowed-gap-such = give the longest allowed gap, such as `3 months`
policy-a-role-cannot-act-for-itself = a role cannot act for itself
policy-name-the-deputy-role-first-then = name the deputy role first, then the role it acts for
policy-separation-of-duties-needs-two-different = separation of duties needs two different roles
policy-name-the-roles-one-person-must = name the roles one person must not hold together
policy-a-term-of-zero-has-always = a term of zero has always expired
policy-give-the-length-of-the-term = give the length of the term, such as `3 years`
policy-signers-must-be-distinct-so-one = signers must be distinct, so one person can never fill both steps: remove one
policy-one-person-would-sign-twice-remove = one person would sign twice; remove one step
policy-signers-distinct-with-no-signed-by = `signers distinct` with no `signed by` chain
policy-add-the-chain-whose-signers-must = add the chain whose signers must be different people
policy-signed-before-with-no-signed-by = `signed before` with no `signed by` chain
policy-say-who-signs-with-signed-by = say who signs with `signed by …`
policy-reviewed-before-with-no-reviewed-by = `reviewed before` with no `reviewed by` chain
policy-say-who-reviews-with-reviewed-by = say who reviews with `reviewed by …`
policy-the-authority-table-mixes-currencies = the authority table mixes currencies
policy-write-every-amount-in-one-currency = write every amount in one currency
policy-the-lower-bound-comes-first = the lower bound comes first
policy-the-authority-table-overlaps-a-row = the authority table overlaps: a row above has no upper bound
policy-give-the-open-ended-row-over = give the open-ended row (`over …`) the highest lower bound
policy-the-row-below-ends-here = the row below ends here
policy-make-each-row-start-where-the = make each row start where the previous one ends
policy-the-other-row = the other row
policy-use-last-day-of-month-or = use `last day of month`, or a day from 1 to 28
policy-name-a-party-of-the-kind = name a party of the kind the field holds
policy-because-explains-a-severity-the-regulations = `because` explains a severity the regulation's word already gives
policy-remove-because = remove `because …`
policy-because-explains-a-departure-from-the = `because` explains a departure from the regulation's word, but the clause records none
policy-record-the-word-the-cited-article = record the word the cited article uses: `words "应"`
policy-a-chain-mixes-then-and-and = a chain mixes `then` and `and`
policy-use-then-for-signers-in-order = use `then` for signers in order or `and` for signers in any order; split the rest into another statement
policy-only-the-final-step-can-be = only the final step can be `last`
policy-move-the-step-to-the-end = move the step to the end of the chain
policy-name-a-role-instead = name a role instead
policy-give-it-a-duration-such-as = give it a duration such as `3 days`
policy-use-a-day-from-1-to = use a day from 1 to 31, or `end of month`
policy-give-it-a-month-day-such = give it a month-day such as `01-31`
policy-a-date-moves-by-whole-days = a date moves by whole days, weeks, months or years
policy-use-days-1-day-or-working = use days (`- 1 day`) or working days
policy-write-the-month-then-the-day = write the month, then the day: `12-20`
policy-write-a-real-date = write a real date
policy-use-at-most-four-decimals = use at most four decimals
policy-a-month-day-has-no-year = a month-day has no year to compare with
policy-write-a-full-date-2026-12 = write a full date: `2026-12-20`
policy-level-is-compared-with-a-level = `level` is compared with a level
policy-a-second-namespace-in-one-file = a second `namespace` in one file
policy-the-first = the first
policy-one-file-one-namespace-split-the = one file, one namespace: split the file
policy-namespace-comes-after-a-clause = `namespace` comes after a clause
policy-first-clause = first clause
policy-move-namespace-to-the-top-of = move `namespace` to the top of the file
policy-a-second-source-in-one-file = a second `source` in one file
policy-cite-another-document-with-cite-in = cite another document with `cite "…" in "…"`
policy-a-second-pack-in-one-file = a second `pack` in one file
policy-a-files-clauses-belong-to-one = a file's clauses belong to one pack: split the file
policy-a-second-waivable-by-in-one = a second `waivable by` in one file
policy-one-default-per-file-a-clause = one default per file; a clause names its own with `waivable by` in its body
policy-policy-file-has-no-namespace = policy file has no `namespace`
policy-the-file-starts-here = the file starts here
policy-name-a-record-collection-by-next = name a record collection: `by next production-manager-office meeting`
policy-inverted-window = inverted window
policy-swap-the-two-dates-or-say = swap the two dates, or say which year each belongs to (`of previous year`)
policy-a-window-of-0-days-is = a window of 0 days is empty
policy-give-the-number-of-days-such = give the number of days, such as `in last 7 days of previous month`
policy-a-window-of-zero-length-can = a window of zero length can never be met
policy-give-the-allowed-span-such-as = give the allowed span, such as `24h`
policy-a-field-compared-with-itself = a field compared with itself
policy-name-two-different-fields = name two different fields
policy-the-smaller-number-comes-first = the smaller number comes first
policy-an-alias-must-stand-for-one = an alias must stand for one name only
policy-not-declared = not declared
policy-defined-again-here = defined again here
policy-first-defined-here = first defined here
policy-clause-ids-must-be-unique-rename = clause ids must be unique: rename one of the two clauses
policy-policy-file-is-empty = policy file is empty
policy-an-empty-file-here = an empty file here
policy-a-policy-file-starts-with-namespace = a policy file starts with `namespace <name>`, then its clauses
policy-closes-nothing = `{"}"}` closes nothing
policy-no-block-is-open-here = no block is open here
policy-remove-it-or-check-the-of = remove it, or check the `{"{"}` of the clause above
policy-text-after = text after `{"}"}`
policy-not-part-of-the-block = not part of the block
policy-a-stands-on-a-line-of = a `{"}"}` stands on a line of its own (a comment may follow it)
policy-statement-outside-any-clause = statement outside any clause
policy-statements-belong-inside-a-clause-plan = statements belong inside a clause: `plan name {"{"} … {"}"}`
policy-file-level-declaration-inside-a-clause = file-level declaration inside a clause
policy-move-it-above-the-clauses-at = move it above the clauses, at the top of the file
policy-a-clause-cannot-start-inside-another = a clause cannot start inside another clause
policy-nested-clause = nested clause
policy-close-the-clause-above-with-first = close the clause above with `{"}"}` first
policy-an-include-names-a-zhidu-file = an include names a `.zhidu` file of the same repository, relative to the including file
