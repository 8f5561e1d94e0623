# 报告中问题之外的文字：问题所依据的条款、依据、处理建议。
report-required-by = 依据条款 { $clause }
report-the-clause = 条款
report-the-clause-that-requires-it = 提出此要求的条款
report-source = 依据：{ $source }
report-source-words = 依据：{ $source }（用语：{ $words }）
report-help = 建议：{ $help }
report-at = 位置：{ $place }

## 人读报告末尾的汇总。
summary-counts = 错误 { $errors } 个，警告 { $warnings } 个，提示 { $infos } 个
summary-files = 文件 { $n } 个
summary-records = 记录 { $n } 条
summary-clauses = 条款 { $n } 条
summary-as-of = 截至 { $date }
summary-baselined = 已纳入基线 { $n } 个
summary-waived = 已豁免 { $n } 个
summary-list-separator = {"，"}
summary-not-counted = { $parts }（不计入结果）
summary-fixed = 基线中有 { $n } 个问题已不再出现：请重新生成基线（`--write-baseline FILE`）以缩减基线
summary-not-judged = 有 { $n } 条条款全部或部分未判定：数据中没有相应类型的记录、未记录条款所判定的环节、只覆盖了某期间的一部分，或缺少条款所指的岗位和部门（`--format json` 列出每条的原因；由 zhidu.toml 中的 `covers`、`covered_from` 和 `packs` 决定）
summary-unbound-kind-did-you-mean = 警告：{ $file } 中有 { $n } 条类型为“{ $kind }”的记录没有对应的条款——是否指 { $suggestion }？请在 [values.kind] 中映射
summary-unbound-kind = 警告：{ $file } 中有 { $n } 条类型为“{ $kind }”的记录没有对应的条款——可在 [values.kind] 中将其映射为条款所判定的类型，或保持不变
summary-all-packs = 正在使用全部 { $n } 个内置制度包：请用 --pack 或 zhidu.toml 中的 `packs` 选择本单位执行的制度（`zhidu packs` 列出全部制度包）
summary-more = ……另有 { $n } 个问题未显示（--max-findings 0 显示全部）：
report-place = （位置：{ $place }）
