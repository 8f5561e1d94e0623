### The language server: hovers and related information in an editor.

lsp-required-by = required by { $clause }
lsp-declared = **{ $kind } { $name }** — declared in { $place }
lsp-aliases = aliases: { $aliases }
lsp-used-by = used in this file by: { $clauses }
lsp-clause-line = { $source }{ $words } · { $severity } · pack `{ $pack }`
lsp-words = { " " }({ $words })
lsp-severity-because = severity { $severity } because { $why }
lsp-checks = checks: { $checks }
lsp-waivable-by = waivable by { $party }
lsp-referred-to-by = referred to by { $count }:
lsp-referrer = - `{ $subject }` ({ $field }) at { $place }
lsp-more = - and { $count } more
lsp-unreferred = nothing in the data refers to it
lsp-replace = replace `{ $current }` with `{ $suggestion }`
lsp-lens-next = next due { $due }: { $what }{ $overdue ->
    [0] {""}
    [one] {" "}· 1 overdue
   *[other] {" "}· { $overdue } overdue
}
lsp-lens-overdue = { $count ->
    [one] 1 overdue
   *[other] { $count } overdue
}
