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
