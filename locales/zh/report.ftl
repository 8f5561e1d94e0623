# 报告中问题之外的文字：问题所依据的条款、依据、处理建议。
report-required-by = 依据条款 { $clause }
report-the-clause = 条款
report-the-clause-that-requires-it = 提出此要求的条款
report-source = 依据：{ $source }
report-source-words = 依据：{ $source }（用语：“{ $words }”）
report-help = 建议：{ $help }
report-at = 位置：{ $place }

## 人读报告末尾的汇总。
summary-counts = 错误{ $errors }个，警告{ $warnings }个，提示{ $infos }个
summary-files = 文件{ $n }个
summary-records = 记录{ $n }条
summary-clauses = 条款{ $n }条
summary-as-of = 截至{ $date }
summary-baselined = 已纳入基线{ $n }个
summary-waived = 已豁免{ $n }个
summary-list-separator = {"，"}
summary-not-counted = { $parts }（不计入上述问题数）
summary-fixed = 基线中有{ $n }个问题已整改（本次未再出现）；请重新生成基线（`--write-baseline FILE`），将其移出基线
summary-not-judged = 有{ $n }条条款全部或部分未判定，原因包括：数据中没有相应类型的记录；记录未填写条款所判定的环节；数据只覆盖某一期间的一部分；缺少条款所指的岗位或部门。各条款的具体原因可用 `--format json` 查看；数据覆盖范围由 zhidu.toml 中的 `covers`、`covered_from` 和 `packs` 设定
summary-unbound-kind-did-you-mean = 警告：{ $file } 中有{ $n }条类型为“{ $kind }”的记录没有对应的条款。是否应为“{ $suggestion }”？如是，请在 [values.kind] 中建立映射
summary-unbound-kind = 警告：{ $file } 中有{ $n }条类型为“{ $kind }”的记录没有对应的条款，这些记录未经检查。如需检查，请在 [values.kind] 中将其映射为条款所用的类型；如无需检查，可不作处理
summary-all-packs = 当前启用了全部{ $n }个内置制度包，其中可能包含本单位未执行的制度。请用 --pack 或 zhidu.toml 中的 `packs` 指定本单位执行的制度包（`zhidu packs` 可列出全部制度包）
summary-more = ……另有{ $n }个问题未显示（使用 --max-findings 0 可显示全部），按检查项统计如下：
report-place = （位置：{ $place }）

## 条款未判定的原因（JSON `summary.not_judged`）
coverage-no-names = 数据中没有{ $names }（如仍要判定，请选择该条款所属的制度包）
coverage-no-kind = 数据中没有 { $kinds } 记录（如需判定是否缺失，请在 `covers` 中列出该类型）
coverage-step-not-kept = 没有哪条 { $kind } 记录填写了 `{ $step }`：本单位未登记该环节，故不判定其缺失（如需判定，请在 `covers` 中列出 `{ $kind }.{ $short }`）
coverage-first-dated = （最早一条的日期为{ $day }）
coverage-partial-period = { $period }未判定：数据只包含该期间部分时段的记录{ $since }；如数据完整，请在 zhidu.toml 中设置 `covered_from`

## SARIF：规则说明与抑制原因
sarif-source =
    ## 依据
    { $source }
sarif-words = 制度对该义务的用语：{ $words }
sarif-baselined = 已纳入基线
sarif-waived = 已由 { $id } 豁免
xlsx-sheet-list = 整改清单
xlsx-sheet-summary = 汇总
xlsx-col-number = 序号
xlsx-col-unit = 部门
xlsx-col-owners = 责任人
xlsx-col-finding = 问题
xlsx-col-regulation = 制度 / 条
xlsx-col-subject = 对象
xlsx-col-place = 位置
xlsx-col-severity = 严重程度
xlsx-col-deadline = 整改期限
xlsx-col-status = 状态
xlsx-col-fingerprint = 指纹
xlsx-col-count = 问题数
xlsx-status-set-aside = 已豁免或纳入基线
xlsx-status-new = 新
xlsx-status-open = 未整改
xlsx-status-fixed = 已整改
xlsx-col-compare = 与上次报告相比
xlsx-to-terminal = `--format xlsx` 生成工作簿：请用 `--output 整改清单.xlsx` 指定文件
compare-unreadable = 无法读取上次的报告 { $path }：{ $reason }
compare-not-json = 上次的报告 { $path } 不是 JSON（第 { $line } 行第 { $column } 列）
compare-not-report = { $path } 不是 `zhidu check --format json` 生成的报告：其中没有带指纹的问题列表
compare-is-output = --output 指定的 { $path } 正是 --compare 读取的上次报告：写入新报告会覆盖上次的报告。请写到另一个文件
compare-unused = --compare { $path } 只在 HTML 报告和整改清单（--format html 或 xlsx）中标注问题；本报告不作标注
