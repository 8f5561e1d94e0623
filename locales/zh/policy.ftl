### 制度文件：条款、声明或参数中的问题。

param-kind = { $kind ->
    [duration] 时长
    [date] 日期
    [month-day] 月日
    [amount] 金额
    [none] 空值（制度未规定的期限）
   *[kinds] 记录类型列表
}
params-no-clause = `{ $pattern }` 没有匹配任何条款
params-no-clause-help = 请用 `zhidu list` 核对条款编号
params-none = 这些条款没有参数
params-are = 其参数为：{ $names }
params-no-param = 与 `{ $pattern }` 匹配的条款都没有参数 `{ $name }`
params-bad-value = `{ $value }` 不是条款 `{ $clause }` 参数 `{ $name }` 的有效取值：{ $error }
params-default = 默认值为 `{ $default }`（{ $kind }）
params-expected = 应为{ $kind }
params-decimals = 最多四位小数
params-expected-limit = 应为月日（`01-31`）、日期或时长（`7 days`）
policy-duration-too-long = `{ $duration }` 超过一百年（时长最多为 `{ $most }`）
policy-amount-too-large = `{ $amount }` 超出 zhidu 可比较的金额范围
policy-declare-name = 请先声明：`{ $declaration }`（或更正名称）
policy-fields-are = { $collection } 的字段有 { $names }；其他字段写在 `attrs.` 下
policy-field-type = `{ $field }` 为{ $holds }，而非{ $wanted ->
    [time] 日期或时间
    [count] 整数
   *[party] 人员、部门或机构
}
policy-field-order-help = 如需规定签批与审议的先后，请写 `reviewed before signed` 或 `signed before reviewed`
policy-field-type-help = 请填写类型相符的字段，或 `attrs.` 字段
policy-declare-param = 请先声明：`param { $name } = …`
policy-unknown-param = 未知参数 `{ $name }`
policy-number-too-large = 数字过大
policy-number-too-large-label = 过大
policy-number-too-large-help = 此处的数字最大为 { $max }
policy-too-deep = 嵌套超过 { $max } 层
policy-too-deep-label = 从此处起嵌套过深
policy-too-deep-help = 没有条款需要这么多层嵌套的块或括号；这是制度文件吗？
policy-internal = 解析器内部错误（{ $detail }）
policy-here = 此处
policy-internal-help = 这是 zhidu 的缺陷，请附上该文件报告
policy-unclosed = 该{ $what ->
    [clause] 条款
   *[when] `when` 块
}没有结束
policy-unclosed-label = 从此处开始
policy-unclosed-help = 请在最后一条语句之后另起一行写 `{"}"}`
policy-unknown-declaration = 未知的声明或条款 `{ $word }`
policy-unknown-statement = 未知的语句或字段 `{ $word }`
policy-not-understood = 无法识别
policy-see-language = 制度语言的语句见 docs/zh/language.md

## 条款、声明与语句
policy-a-clause-cites-one-article = 每个条款只引用一条
policy-split-the-clause-or-list-the = 请拆分条款，或在一个文本中列出各条：`cite "第七条、第九条"`
policy-severity-is-set-twice = `severity` 设置了两次
policy-keep-one = 请只保留一个
policy-words-is-set-twice = `words` 设置了两次
policy-record-the-one-word-the-cited = 请只记录所引条文对该义务使用的那一个词
policy-waivable-by-is-set-twice = `waivable by` 设置了两次
policy-name-every-party-that-may-waive = 请在一条语句中列出所有可审批豁免的一方：`waivable by role 总经理 or role 总裁`
policy-kind-is-set-twice = `kind` 设置了两次
policy-list-every-kind-in-one-statement = 请在一条语句中列出所有类型：`kind a, b`
policy-when-is-set-twice = `when` 设置了两次
policy-join-the-conditions-with-and = 请用 `and` 连接各条件
policy-every-clause-says-where-its-duty = 每个条款都要写明义务的出处：`cite "第十二条"`
policy-no-document-to-cite = 没有可引用的制度文件
policy-add-source-document-title-at-the = 请在文件开头添加 `source "<制度名称>"`，或写作 `cite "…" in "<制度名称>"`
policy-remove-it = 请删除
policy-give-it-a-list-of-kinds = 请给出类型列表：`param kinds = [purchase, leave]`
policy-a-waiver-is-approved-outside-any = 豁免的审批不属于任何记录：`waivable by` 不能指向记录上的人员
policy-name-a-role-body-unit-or = 请指定岗位、机构、部门或人员：`waivable by role 总经理`
policy-use-it-in-a-statement-or = 请在语句中使用它，或将其删除
policy-add-statements-that-say-what-the = 请添加语句，写明数据应当体现什么
policy-conditions-select-records-org-delegation-clauses = 条件用于筛选记录；org、delegation 条款没有记录
policy-clause-settings-belong-at-the-top = 条款设置应写在条款的最外层
policy-move-it-out-of-the-when = 请将其移出 `when` 块
policy-at-least-0-is-always-met = `at least 0` 总是满足
policy-remove-the-statement-or-give-the = 请删除该语句，或写出实际的最低数量
policy-a-gap-of-at-most-zero = 间隔不超过零永远无法满足
policy-give-the-longest-allowed-gap-such = 请写出允许的最长间隔，如 `3 months`
policy-a-role-cannot-act-for-itself = 岗位不能代理自身
policy-name-the-deputy-role-first-then = 请先写代理岗位，再写被代理的岗位
policy-separation-of-duties-needs-two-different = 不相容职务分离需要两个不同的岗位
policy-name-the-roles-one-person-must = 请列出同一人不得兼任的岗位
policy-a-term-of-zero-has-always = 任期为零即始终届满
policy-give-the-length-of-the-term = 请写出任期长度，如 `3 years`
policy-signers-must-be-distinct-so-one = 签批人须各不相同，同一人不可能同时完成这两步：请删除其一
policy-one-person-would-sign-twice-remove = 同一人将签批两次；请删除其中一步
policy-signers-distinct-with-no-signed-by = 有 `signers distinct`，却没有 `signed by` 签批链
policy-add-the-chain-whose-signers-must = 请添加签批人须各不相同的签批链
policy-signed-before-with-no-signed-by = 有 `signed before`，却没有 `signed by` 签批链
policy-say-who-signs-with-signed-by = 请用 `signed by …` 写明由谁签批
policy-reviewed-before-with-no-reviewed-by = 有 `reviewed before`，却没有 `reviewed by` 审议链
policy-say-who-reviews-with-reviewed-by = 请用 `reviewed by …` 写明由谁审议
policy-the-authority-table-mixes-currencies = 审批权限表中混用了多种币种
policy-write-every-amount-in-one-currency = 请用同一币种书写所有金额
policy-the-lower-bound-comes-first = 下限应写在前面
policy-the-authority-table-overlaps-a-row = 审批权限表有重叠：上方某行没有上限
policy-give-the-open-ended-row-over = 请让无上限的一行（`over …`）的下限最高
policy-the-row-below-ends-here = 下一行在此结束
policy-make-each-row-start-where-the = 请让每一行从上一行结束处开始
policy-the-other-row = 另一行
policy-use-last-day-of-month-or = 请使用 `last day of month`，或 1 至 28 之间的日期
policy-name-a-party-of-the-kind = 请指定与该字段内容类型相符的一方
policy-because-explains-a-severity-the-regulations = `because` 解释的严重程度与制度用语本来给出的相同
policy-remove-because = 请删除 `because …`
policy-because-explains-a-departure-from-the = `because` 解释的是与制度用语不一致之处，但该条款没有记录用语
policy-record-the-word-the-cited-article = 请记录所引条文使用的词：`words "应"`
policy-a-chain-mixes-then-and-and = 签批链中混用了 `then` 和 `and`
policy-use-then-for-signers-in-order = 依次签批用 `then`，不分先后用 `and`；其余部分请拆为另一条语句
policy-only-the-final-step-can-be = 只有最后一步可以是 `last`
policy-move-the-step-to-the-end = 请将该步移到签批链末尾
policy-name-a-role-instead = 请改为指定岗位
policy-give-it-a-duration-such-as = 请给出时长，如 `3 days`
policy-use-a-day-from-1-to = 请使用 1 至 31 之间的日期，或 `end of month`
policy-give-it-a-month-day-such = 请给出月日，如 `01-31`
policy-a-date-moves-by-whole-days = 日期只能按整日、周、月或年推移
policy-use-days-1-day-or-working = 请使用日（`- 1 day`）或工作日
policy-write-the-month-then-the-day = 请先写月再写日：`12-20`
policy-write-a-real-date = 请写一个真实存在的日期
policy-use-at-most-four-decimals = 最多使用四位小数
policy-a-month-day-has-no-year = 月日没有年份，无法比较
policy-write-a-full-date-2026-12 = 请写完整日期：`2026-12-20`
policy-level-is-compared-with-a-level = `level` 只能与职级比较
policy-a-second-namespace-in-one-file = 同一文件中出现第二个 `namespace`
policy-the-first = 第一个
policy-one-file-one-namespace-split-the = 一个文件只有一个命名空间：请拆分文件
policy-namespace-comes-after-a-clause = `namespace` 出现在条款之后
policy-first-clause = 第一个条款
policy-move-namespace-to-the-top-of = 请将 `namespace` 移到文件开头
policy-a-second-source-in-one-file = 同一文件中出现第二个 `source`
policy-cite-another-document-with-cite-in = 引用其他制度文件请写 `cite "…" in "…"`
policy-a-second-pack-in-one-file = 同一文件中出现第二个 `pack`
policy-a-files-clauses-belong-to-one = 一个文件中的条款属于同一制度包：请拆分文件
policy-a-second-waivable-by-in-one = 同一文件中出现第二个 `waivable by`
policy-one-default-per-file-a-clause = 每个文件只有一个默认值；条款可在其正文中用 `waivable by` 指定自己的豁免审批人
policy-policy-file-has-no-namespace = 制度文件没有 `namespace`
policy-the-file-starts-here = 文件从此处开始
policy-name-a-record-collection-by-next = 请指定记录的数据集：`by next production-manager-office meeting`
policy-inverted-window = 期间颠倒
policy-swap-the-two-dates-or-say = 请交换两个日期，或写明各属于哪一年（`of previous year`）
policy-a-window-of-0-days-is = 0 天的期间是空的
policy-give-the-number-of-days-such = 请写出天数，如 `in last 7 days of previous month`
policy-a-window-of-zero-length-can = 长度为零的期间永远无法满足
policy-give-the-allowed-span-such-as = 请写出允许的时长，如 `24h`
policy-a-field-compared-with-itself = 字段与自身比较
policy-name-two-different-fields = 请指定两个不同的字段
policy-the-smaller-number-comes-first = 较小的数应写在前面
policy-an-alias-must-stand-for-one = 一个别名只能代表一个名称
policy-not-declared = 未声明
policy-defined-again-here = 此处再次定义
policy-first-defined-here = 首次定义处
policy-clause-ids-must-be-unique-rename = 条款编号须唯一：请将其中一个条款改名
policy-policy-file-is-empty = 制度文件是空的
policy-an-empty-file-here = 此处是空文件
policy-a-policy-file-starts-with-namespace = 制度文件以 `namespace <名称>` 开头，其后是各条款
policy-closes-nothing = `{"}"}` 没有对应的开始
policy-no-block-is-open-here = 此处没有未结束的块
policy-remove-it-or-check-the-of = 请删除它，或检查上方条款的 `{"{"}`
policy-text-after = `{"}"}` 之后有多余的内容
policy-not-part-of-the-block = 不属于该块
policy-a-stands-on-a-line-of = `{"}"}` 应单独占一行（其后可跟注释）
policy-statement-outside-any-clause = 语句不在任何条款之内
policy-statements-belong-inside-a-clause-plan = 语句应写在条款之内：`plan name {"{"} … {"}"}`
policy-file-level-declaration-inside-a-clause = 文件级声明写在了条款之内
policy-move-it-above-the-clauses-at = 请将其移到各条款之前，即文件开头
policy-a-clause-cannot-start-inside-another = 条款不能在另一条款内部开始
policy-nested-clause = 嵌套的条款
policy-close-the-clause-above-with-first = 请先用 `{"}"}` 结束上方的条款
policy-an-include-names-a-zhidu-file = include 指定同一仓库中的 `.zhidu` 文件，路径相对于引用它的文件
