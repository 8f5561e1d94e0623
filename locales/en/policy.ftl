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
