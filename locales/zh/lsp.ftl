### 语言服务器：编辑器中的悬停提示与相关信息。

lsp-required-by = 依据条款 { $clause }
lsp-declared = **{ $kind } { $name }** — 声明于 { $place }
lsp-aliases = 别名：{ $aliases }
lsp-used-by = 本文件中使用它的条款：{ $clauses }
lsp-clause-line = { $source }{ $words } · { $severity } · 制度包 `{ $pack }`
lsp-words = （{ $words }）
lsp-severity-because = 严重程度为{ $severity }，因为{ $why }
lsp-checks = 检查项：{ $checks }
lsp-waivable-by = 豁免审批人：{ $party }
lsp-referred-to-by = 被引用 { $count } 处：
lsp-referrer = - `{ $subject }`（{ $field }）位于 { $place }
lsp-more = - 另有 { $count } 处
lsp-unreferred = 数据中没有引用它的地方
lsp-replace = 将 `{ $current }` 改为 `{ $suggestion }`
lsp-lens-next = 下次到期 { $due }：{ $what }{ $overdue ->
    [0] {""}
   *[other] {" "}· 已逾期 { $overdue } 项
}
lsp-lens-overdue = 已逾期 { $count } 项
