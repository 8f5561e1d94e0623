### zhidu 读取文件（数据、配置、豁免、日历）时的提示。

# Words as another program (a library, the system) says them.
detail = { $detail }
did-you-mean = 是否指 `{ $word }`？
# 类型错误中所说的数据值的种类。
shape = { $shape ->
    [nothing] 空值
    [boolean] 布尔值
    [number] 数字
    [string] 文本
    [date] 日期
    [list] 列表
    [map] 键值映射
    [time] 时间
    [period] 期间
    [text] 文本
    [level] 职级
   *[other] { $shape }
}
first-here = 首次出现处
# 数据字段应填写的内容。
field-type = { $type ->
    [id] 编号
    [string] 文本
    [strings] 文本列表
    [ids] 编号列表
    [date] 日期，如 2026-12-20
    [timestamp] 时间，如 2026-12-20T17:30:00+08:00，或日期
    [period] 期间，如 2027、2027-Q3、2027-03 或 2027-W14
    [integer] 整数
    [amount] 数字
    [word] 固定可选值之一
    [map] 键值映射
    [holdings] 岗位编号列表，或 {"{"}role, since, until{"}"} 映射列表
    [signatures] {"{"}by, as, at, decision, comment{"}"} 映射列表
    [reviews] {"{"}by, at, decision{"}"} 映射列表
   *[attrs] 扩展字段的键值映射
}

## 数据文件：数据集、条目、字段
data-collections-are = 可用的数据集有 { $names }
data-unknown-collection = 未知的数据集 `{ $name }`，未读取
data-collection-twice = 数据集 `{ $name }` 在同一文件中出现两次，第二处未读取
data-collection-not-a-list = `{ $name }` 应为条目列表，实际为{ $found }
data-seats = `seats` 为 { $value }，而编制人数应为非负整数
data-delegation-ends-first = 授权委托的结束日期（{ $until }）早于开始日期（{ $since }）
data-starts-here = 开始日期在此
data-delegation-ends-first-help = 请更正 `since` 或 `until`
data-entry-not-a-map = `{ $collection }` 的条目应为字段映射，实际为{ $found }
data-entry-without-id = `{ $collection }` 中有一条目缺少 `id`，未读取
data-entry-without-id-help = 每个条目都需要一个在同类数据中唯一的 `id`
data-id-not-text = `id` 应为文本，实际为{ $found }；该 { $collection } 条目未读取
data-invalid-id = `{ $id }` 不是有效的编号；该 { $collection } 条目未读取
data-invalid-id-help = 编号只能包含字母（任何文字）、数字及 `-`、`_`、`.`
data-extra-fields = 其他字段请写在 `attrs:` 下
data-fields-are = 可用的字段有 { $names }
data-unknown-field = { $what } 中有未知字段 `{ $field }`
data-field-twice = 字段 `{ $field }` 出现两次，第二处未读取
data-missing-field = { $what } `{ $subject }` 缺少 `{ $field }`
data-missing-field-help = `{ $field }` 为必填项：{ $type }

## 日期、时间与期间
time-not-a-date = `{ $text }` 不是形如 2026-12-20 的日期
time-not-a-data-date = `{ $text }` 不是日期，请写作 { $forms }
time-ambiguous-date = `{ $text }` 既可读作日在前也可读作月在前，请写作 { $forms }
time-no-month = 月份 { $month } 不存在（应为 1 至 12）
time-no-day = { $month } 只有 { $days } 天，没有 { $day } 日
time-library-at = `{ $text }`：{ $detail }
time-not-a-timestamp = `{ $text }` 不是形如 2026-12-20T17:30:00+08:00 的时间
time-no-time-of-day = `{ $text }` 中的时刻无效（应为 HH:MM 或 HH:MM:SS）
time-bad-offset = `{ $text }` 中的时区偏移 `{ $offset }` 无效
time-unknown-zone = 未知时区 `{ $name }`（请使用 IANA 名称，如 Asia/Shanghai）
time-not-a-period = `{ $text }` 不是期间，期间写作 2027、2027-H1、2027-Q3、2027-03、2027-W14 或 2027-03-15
time-no-half = 不存在第 { $half } 个半年（H1 或 H2）
time-no-quarter = 不存在第 { $quarter } 季度（Q1 至 Q4）
time-no-week = { $year } 年没有 ISO 第 { $week } 周
calendar-invalid = 日历文件无效：{ $detail }
calendar-range-backwards = 区间 `{ $text }` 的结束早于开始
calendar-range-too-long = 区间 `{ $text }` 比任何节假日都长

## 数据的取值
date-forms = 2026-11-03、2026/11/3、2026.11.3 或 2026年11月3日
amount-forms = 48000.50、8,000、¥8,000.00、￥8,000.00、8000元、1.5万 或 2亿（最多四位小数）
amount-bad-commas = `{ $text }` 中的逗号不是千位分隔符
amount-invalid = `{ $text }` 不是金额，金额写作 { $forms }
data-wanted = { $what ->
    [text] 文本
    [id] 编号
    [list] 列表
    [date] 形如 2026-12-20 的日期
    [timestamp] 时间
    [period] 期间
    [integer] 整数
    [number] 数字
    [map] 键值映射
    [roles] 岗位列表
    [signatures] 签批列表
    [reviews] 审议列表
   *[attrs] 扩展字段的键值映射
}
data-type-mismatch = `{ $field }` 应为{ $wanted }，实际为{ $found }
data-item-not-text = `{ $field }` 的列表项应为文本，实际为{ $found }
data-field-error = `{ $field }`：{ $error }
data-date-forms = 日期写作 { $forms }
data-timestamp-forms = 请写作 2026-12-20T17:30:00+08:00、2026-12-20 17:30（本地时间）、2026/12/20 17:30、2026年12月20日 或 2026-12-20
data-period-forms = 期间写作 2027、2027-H1、2027-Q3、2027-03、2027-W14 或 2027-03-15
data-not-a-count = `{ $field }` 应为非负整数，实际为 `{ $text }`
data-amount-forms = 金额写作 { $forms }
data-one-of = 可选值为 { $words }
data-not-a-word = `{ $field }` 不能为 `{ $text }`
data-holding-ends-first = `{ $role }` 任职的结束日期（{ $until }）早于开始日期（{ $since }）
data-holding-shape = `roles` 的列表项应为岗位编号或 {"{"}role, since, until{"}"} 映射，实际为{ $found }
data-attr-shape = `attrs.{ $key }` 为{ $found }；attrs 只能填写文本、数字、布尔值和时间
data-approval-shape = { $what } 的列表项应为 { $shape } 映射，实际为{ $found }
data-row-without-record = 签批记录行缺少 `record`，未读取
data-row-without-record-help = `record` 填写所签批记录的编号

## 条目间的引用与编号
ref-target = { $to ->
    [units] 部门
    [roles] 岗位
    [people] 人员
    [roles-or-people] 岗位或人员
    [bodies-units-or-people] 机构、部门或人员
    [bodies-or-units] 机构或部门
   *[recipients] 机构、部门、人员或岗位
}
ref-targets = { $to ->
    [units] 部门
    [roles] 岗位
    [people] 人员
   *[other] 条目
}
data-left-without-date = `{ $id }` 已离职，但未填写 `left_on`（离职日期），视为在所有日期均已离职
data-left-without-date-help = 请补填 `left_on`，以便其离职前的签批仍予认可
data-ref-ambiguous = `{ $field }` 填写的 `{ $value }` 有 { $count } 个{ $to }同名（{ $ids }），无法确定所指
data-ref-ambiguous-help = 请改填所指条目的编号
data-ref-unknown = `{ $field }` 填写的 `{ $value }` 不是任何{ $to }的编号或名称
data-ref-unknown-help = 请添加以此为编号的{ $to }，或改填已有{ $to }的编号或名称
data-no-record = 没有编号为 `{ $id }` 的记录
data-no-record-help = `record` 填写计划、申请、会议、报告或工单的编号
data-duplicate-id = 编号 `{ $id }` 在{ $what }中重复定义，第二处未读取
data-duplicate-id-label = 此处再次定义
data-duplicate-id-first = 首次定义处
data-duplicate-id-help = 编号须唯一，请修改其中一个条目的编号
data-org-entries = 组织数据（部门、岗位、人员、机构、授权委托）
data-records = 记录

## 表格：CSV 文件与工作簿中的工作表
table-unnamed-column = 有一列没有列名
table-column-twice = 列 `{ $name }` 出现两次
table-columns-same-field = 列 `{ $first }` 与列 `{ $name }` 都对应字段 `{ $field }`
table-columns-same-field-help = 请只保留其中一列，或在 zhidu.toml 的 `[columns]` 中将其中一列映射到其他字段
table-unknown-field = { $collection } 中有未知字段 `{ $name }`
table-unknown-field-help = { $collection } 的字段有 { $names }；其他字段请写在 `attrs.<名称>` 列中，其他列名可在 zhidu.toml 的 `[columns.{ $collection }]` 中映射
table-column-not-read = { $problem }，该列未读取
table-header-row-empty = 设置了 `header_row = { $row }`，但第 { $row } 行没有列名，该表未读取
table-header-row-empty-help = 请将 zhidu.toml `[files]` 中的 `header_row` 设为列名所在的行
table-columns-dropped = { $count ->
   *[other] 列 { $names } 已按 zhidu.toml 的 `[columns]` 设置舍弃，未读取
}
table-row-cells = 该行有 { $cells } 个单元格，而表头有 { $header } 个，该行未读取
table-row-cells-help = 请检查是否有未加引号的逗号或缺少的单元格；含逗号的单元格须加引号

## 豁免文件
waivers-invalid = 豁免文件无效：{ $detail }
waivers-not-a-map = 豁免文件应为包含 `waivers` 列表的映射
waivers-write-list = 请写 `waivers:`，并在其下列出各项豁免
waivers-unknown-key = 豁免文件中有未知的键 `{ $key }`
waivers-only-key = 豁免文件只包含 `waivers`
waivers-not-a-list = `waivers` 应为列表
waivers-not-a-list-help = 请将每项豁免写作列表中的一项
waivers-no-list = 豁免文件中没有 `waivers` 列表
waiver-twice = 豁免 `{ $id }` 重复定义
waiver-twice-help = 请为每项豁免设置不同的编号
waiver-not-a-map = 每项豁免应为字段映射
waiver-not-a-map-help = 请填写 `id`、`reason`、`approved_by`、`approved`、`expires` 及其豁免范围
waiver-not-text = `{ $field }` 应为文本
waiver-not-text-help = 请写作字符串
waiver-unknown-field = 未知的豁免字段 `{ $field }`
waiver-fields = 豁免的字段有 id、check、clause、subject、reason、approved_by、approved 和 expires
waiver-missing-field = 该豁免缺少 `{ $field }`
waiver-missing-field-help = 每项豁免须有编号、理由、豁免审批人（人员编号）、审批日期和到期日期
waiver-covers-nothing = 该豁免未指定范围：没有检查项、条款或对象
waiver-covers-nothing-help = 请至少填写 `check`、`clause`、`subject` 之一（可用通配符）
waiver-date-help = 请写作 2026-11-03 这样的日期

## zhidu.toml
size-invalid = `{ $text }` 不是容量，容量写作 `512MiB`、`4GiB` 或 `2GB`
size-unusable = `{ $text }` 不是 zhidu 可用的容量
config-bad-glob = `{ $pattern }` 不是有效的通配符模式：{ $detail }
config-invalid-toml = TOML 格式无效：{ $detail }
config-setting-error = `{ $key }`：{ $error }
config-wrong = { $what ->
    [timezone] `timezone` 应为字符串，如 "Asia/Shanghai"
    [currency] `currency` 应为三个字母的币种代码，如 "CNY"
    [paths] `{ $key }` 应为路径或路径列表
    [lang] `lang` 应为 "zh" 或 "en"
    [fail_on] `fail_on` 应为 "error"、"warning"、"info"、"never" 之一
    [strict] `strict` 应为 true 或 false
    [calendar] `calendar` 应为日历文件的路径
    [file] `{ $key }` 应为文件路径
    [max_waiver_days] `max_waiver_days` 应为天数
    [rectify_days] `rectify_days` 应为天数
    [names] `{ $key }` 应列出名称（字符串）
    [packs] `packs` 应为内置制度包名称的列表（`zhidu packs` 可列出）
    [covers] `covers` 应为记录类型的列表（`monthly-plan` 等）
    [codes] `{ $key }` 应列出检查项代码或条款编号（字符串）
    [code-list] `{ $key }` 应为检查项代码或条款编号的列表（可用通配符）
    [size] 应为容量（如 "4GiB"）或字节数
    [max_file_size] `max_file_size` 应为字节数
    [severity] `[severity]` 应将条款编号或检查项代码映射为严重程度
    [params] `[params]` 中应为每个条款编号各设一张表
    [encoding] `[encoding]` 将文件通配符映射到字符编码
    [files] `[files]` 将文件通配符映射到数据集
    [columns] `[columns]` 中应为每个数据集各设一张表
    [values] `[values]` 中应为每个字段各设一张表：`[values.status] "在职" = "active"`
    [header_row] `header_row` 应为从 1 开始的行号
   *[files-line] `[files]` 的每一行将通配符映射到数据集，或映射到一张表
}
config-max-file-size = `max_file_size` 已由 `memory_budget` 取代；它仍会拒绝读取更大的数据文件
config-max-file-size-help = 请删除该项，由 `memory_budget`（默认为本机内存的一半）限制运行
config-severity-value = `{ $pattern }` 的严重程度应为 "error"、"warning"、"info" 或 "off"
config-params-table = `[params."{ $clause }"]` 应为参数值表
config-param-value = 参数值应为字符串，如 "01-31" 或 "3 days"
config-unknown-encoding = `{ $pattern }`：zhidu 不支持该字符编码
config-unknown-encoding-help = 请使用 "gb18030"（兼容 GBK 和 GB2312）、"utf-16le"、"utf-16be" 或 "utf-8"
config-unknown-setting = 未知的设置项 `{ $key }`
config-settings-are = 可用的设置项有 { $keys }
config-files-unknown = `{ $key }` 不是 `[files]` 行的设置项
config-files-unknown-help = `[files]` 行可设置 `collection`（必填）、`kind` 和 `header_row`
config-files-no-collection = `{ $pattern }` 未指定 `collection`
config-not-a-collection = `{ $name }` 不是数据集
columns-true = `"{ $name }" = true`：列应映射到字段名，或用 `false` 舍弃
columns-no-collection = `[columns.{ $name }]`：没有这个数据集
columns-no-collection-help = `[columns.<数据集>]` 映射某个数据集的列名；直接写在 `[columns]` 下的 `"{ $name }" = false` 会在所有表中舍弃该列
columns-not-a-table = `[columns.{ $name }]` 应将列名映射到字段
columns-bad-target = 列应映射到字段名，或用 `false` 舍弃
columns-no-field = { $collection } 没有字段 `{ $field }`
columns-no-field-help = 可用的字段有 { $names }；其他字段请写在 `attrs.<名称>` 中
values-no-field = `[values.{ $name }]`：没有哪个数据集有字段 `{ $name }`
values-no-field-help = 请按 zhidu 读取时的字段名填写（`status`、`kind`、`attrs.result`），即 `[columns]` 映射列名之后的名称
values-not-a-table = `[values.{ $name }]` 将导出时的取值映射为读取时的取值：`"在职" = "active"`
values-bad-target = `[values.{ $name }]`：取值应映射为文本或 true/false

## 无法执行的请求
error-no-policies = 未找到制度文件（*.zhidu）
error-not-a-folder = `{ $path }` 不是文件夹
error-since-after-as-of = --since（{ $since }）晚于 --as-of（{ $as_of }）
error-threads = 无法启动工作线程：{ $detail }
error-in-pack-flag = { $error }（--pack 参数中）
error-unknown-pattern-flag = `{ $pattern }`（{ $flag } 参数中）既不是检查项代码，也不是条款编号
error-unknown-pattern-config = zhidu.toml 中的 `{ $pattern }` 既不是检查项代码，也不是条款编号
error-unknown-pattern-help = `zhidu explain` 可列出检查项代码，`zhidu list` 可列出条款
error-not-a-pack = `{ $name }` 不是内置制度包
error-packs-are = 可用的制度包有 { $packs }，或 `all`

## 读取文件
read-cannot-path = 无法读取 `{ $path }`：{ $error }
read-cannot = 无法读取：{ $error }
read-not-found = 文件或文件夹不存在
read-permission-denied = 没有访问权限
read-lock-file = `{ $path }` 是 `{ $workbook }` 的锁定文件（该工作簿正在 Excel 或 LibreOffice 中打开），已跳过
read-not-regular = `{ $path }` 是{ $kind ->
    [fifo] 命名管道（FIFO）
    [socket] 套接字
    [device] 设备文件
   *[special] 特殊文件
}，不是普通文件，未读取
read-symlink-loop = 符号链接循环：`{ $link }` 指回 `{ $target }`，未继续访问
read-symlink-loop-help = 请删除该链接，或使其指向所在文件夹之外
read-too-large = 文件{ $size ->
    [none] 超过
   *[other] 大小为 { $size }，超过
}上限 { $limit }，未读取
read-binary = 二进制文件，不是 UTF-8 文本（第一个无效字节位于偏移 { $offset }）
read-binary-help = 数据文件和制度文件都是文本；电子表格按扩展名（.xlsx、.xls、.ods）读取
read-not-utf8 = 不是有效的 UTF-8：偏移 { $offset } 处有无效字节；看起来是 { $likely } 编码
read-not-utf8-help =
    请在 zhidu.toml 中注明其编码：
    {"["}encoding]
    "{ $file }" = "{ $likely }"
    或将其另存为 UTF-8
read-not-encoding = 不是有效的 { $encoding }：偏移 { $offset } 处有无效字节
read-not-encoding-help = 请检查 zhidu.toml `[encoding]` 中为该文件设置的编码（看起来是 { $likely }）
budget-raise-flag = 请调高 `--memory-budget`
budget-raise-config = 请调高 zhidu.toml 中的 `memory_budget`（或使用 `--memory-budget`）
budget-raise-default = 请设置 `--memory-budget` 或 zhidu.toml 中的 `memory_budget`（默认为本机内存的一半）
load-already = （另加此前文件已占用的 { $spent }）
load-over-budget = `{ $file }`（{ $bytes }）读取时约需 { $cost } 内存{ $already }，超出本次运行的内存预算 { $budget }（其中 { $reserve } 留给 zhidu 本身：程序、制度和线程），未读取
load-over-budget-help = { $raise }，或分批检查数据；其他文件仍会检查
load-workbook-help = 请用 Excel 或 LibreOffice 重新保存该工作簿，或导出为 CSV
load-no-collection = { $empty ->
    [yes] 空文件
   *[no] 没有数据集
}：不含任何数据集（units、roles、people、plans 等），已跳过
load-no-collection-help = 数据文件是数据集的映射（`people: [...]`）；CSV 文件或工作表以其数据集命名（`people.csv`），或在 zhidu.toml 的 `[files]` 中映射
load-syntax = { $format } 格式无效：{ $detail }
load-cell-help = 请在工作簿中更正该公式或取值
load-merged-title = 如合并单元格是第 { $row } 行列名上方的标题，{ $add }
load-merged-header-row = `header_row = { $row }` 所指的行有合并单元格：请取消合并，使每列都有自己的列名，或将 `header_row` 设为列名所在的行
load-merged-unmerge = 请取消列名行的合并单元格，使每列都有自己的列名
load-name-header-row =
    请在 zhidu.toml 中指定列名所在的行：
    {"["}files]
    { $line }
load-merged = 列名行有合并单元格（{ $from }:{ $to }），无法分辨各列，该工作表未读取
load-title-row = 第 { $line } 行看起来是标题，列名在第 { $row } 行；该工作表未读取
load-headers-below = 列名在第 { $line } 行而非第 1 行；该工作表未读取
load-sheet-of = `{ $file }` 的工作表 `{ $sheet }`
load-file = `{ $file }`
load-unnamed = 无法从名称判断{ $what }对应哪个数据集，未读取（数据集有：{ $collections }）
load-add-files-line =
    请在 zhidu.toml 中添加：
    { $line }
sheet-reader-failed = 不是 zhidu 可读取的工作簿（读取时出错：{ $detail }）
sheet-not-a-workbook = 不是 zhidu 可读取的工作簿（{ $detail }）
sheet-unreadable = 无法读取工作表 `{ $sheet }`（{ $detail }）
sheet-cell-beyond = 工作表 `{ $sheet }` 在第 { $row } 行第 { $column } 列有单元格，超出电子表格的最大行（1,048,576）或最大列（XFD）
sheet-too-many-cells = 工作表 `{ $sheet }` 从 A 列到各行末尾共 { $cells } 个单元格，超出本次运行的内存预算，未读取
sheet-damaged-archive = 不是 zhidu 可读取的工作簿（压缩包已损坏：{ $detail }）
sheet-too-large = 工作簿解压后约 { $declared }（压缩后 { $compressed }），超出本次运行的内存预算，未读取
sheet-error-cell = 单元格中是错误值 `{ $error }`，按空值读取
sheet-damaged-xls = 不是 zhidu 可读取的工作簿（.xls 文件已损坏：{ $detail }）
sheet-declares-cells = 工作簿中有一个工作表声明了 { $cells } 个单元格，超出本次运行的内存预算，未读取

## 数据文件的语法
data-too-deep = 嵌套超过 { $max } 层
json-trailing = JSON 值之后还有多余的内容
json-comma-or-bracket = 此处应为 `,` 或 `]`
json-eof = 此处应有一个值，但文件已结束
json-value = 此处应为一个值（字符串、数字、对象、数组、true、false 或 null）
json-key = 此处应为带双引号的键
json-colon = 键之后应为 `:`
json-comma-or-brace = 此处应为 `,` 或 `{"}"}`
json-unclosed-string = 字符串没有结束引号
json-bad-escape = 字符串中的转义无效
json-control = 字符串中有控制字符（请写作转义序列）
json-hex = 此处应为四位十六进制数字
json-surrogate = \u 转义中有不成对的代理项
json-bad-unicode = \u 转义无效
json-leading-zero = 数字不能有前导零
json-digit = 此处应为数字
json-digit-fraction = 小数点后应为数字
json-digit-exponent = 指数部分应为数字
csv-unclosed-quote = 带引号的单元格没有结束引号
csv-after-quote = 带引号的单元格之后还有内容（单元格内的引号应写作两个：""）
yaml-unknown-anchor = 别名指向不存在的锚点
yaml-alias-bomb = 别名展开后超过 { $max } 个值（别名炸弹？），未读取
yaml-key-not-text = 映射的键必须是纯文本，不能是列表或映射

## 检查本身用到的文件
check-no-data = 没有数据：在 { $paths } 下未找到任何人员、岗位、部门或记录
check-no-data-help = 请指定存放组织数据和记录的文件夹或文件（YAML、JSON、TOML、CSV 或电子表格；见 docs/zh/data.md），或在 zhidu.toml 中设置 `data`
check-waivers-unreadable = 豁免文件 `{ $path }` 无法使用：{ $detail }
check-waivers-unreadable-help = zhidu.toml 中的 `waivers` 指定一个 YAML、JSON 或 TOML 文件，路径相对于 zhidu.toml
check-neither = 从扩展名看，`{ $path }` 既不是数据文件也不是制度文件，未读取
check-neither-help = 数据文件的扩展名为 .yaml、.yml、.json、.toml、.csv、.xlsx、.xlsm、.xlsb、.xls 或 .ods；制度文件为 .zhidu
check-calendar-unreadable = 日历 `{ $path }` 无法使用：{ $detail }
check-calendar-unreadable-help = zhidu.toml 中的 `calendar` 指定一个日历文件，路径相对于 zhidu.toml
check-calendar-gap = 节假日日历中没有 { $year } 年：该年的工作日与休息日按周末推算，不含法定节假日和调休上班日
check-calendar-gap-help = 国务院公布该年安排后，zhidu 的后续版本将内置该年日历；在此之前，请将该年的法定节假日和调休上班日写入日历文件，并在 zhidu.toml 中指定（`calendar = "…"`）
baseline-unwritable = 无法写入基线 `{ $path }`：{ $detail }
baseline-help = 请用 `zhidu check --write-baseline FILE` 生成基线；基线为 JSON，含 `version`（1）和 `findings`
baseline-unreadable = 基线 `{ $path }` 无法使用：{ $detail }
baseline-invalid = `{ $path }` 不是 zhidu 基线：{ $detail }
baseline-version = 本版本 zhidu 不能读取第 { $version } 版基线（只能读取第 1 版）
error-no-policies-no-builtin = 未找到制度文件，且 --no-builtin 禁止使用内置制度包
error-no-policies-no-builtin-help = 请以路径或 --policy 指定制度文件或文件夹
internal-no-message = 没有附带信息的程序崩溃
internal-error = 在{ $what }时发生内部错误：{ $detail }
internal-error-help = 这是 zhidu 的缺陷，不是您文件的问题：请附上本信息（如可能，附上文件）报告；本次运行的其他部分不受影响，在修复之前可用 `--ignore` 暂时略过这一部分
internal-evaluating = 评估 `{ $clause }`
internal-reading = 读取 `{ $file }`
range-over-budget = 检查期间（{ $since }至{ $as_of }）约含 { $slots } 个周期或期限，其问题可能占用 { $cost }，超出本次运行的内存预算 { $budget }
range-over-budget-help = 请用较晚的 `--since`（或 zhidu.toml 中的 `since`）缩短检查期间，或用 `--select` 选择条款，或{ $raise }
sheet-far-date = 单元格中的日期序列号 { $serial } 超出电子表格可表示的日期范围（1900年至9999年），按空值读取

## 没有匹配任何内容的设置
covers-unknown = `covers` 中的 `{ $kind }` 既没有条款判定，也没有任何记录属于该类型，该项不起作用
covers-unknown-help = `covers` 按条款所用的名称列出记录类型（`zhidu explain <条款>` 可查看条款判定的类型）
files-unmatched = `[files]` 中的 `{ $glob }` 没有匹配任何已读取的文件，该项不起作用
files-no-sheet = `[files]` 指定了工作表 `{ $sheet }`，但 `{ $file }` 中没有该工作表
files-sheet-empty = `[files]` 所映射的 `{ $file }` 的工作表 `{ $sheet }` 是空的
encoding-unmatched = `[encoding]` 中的 `{ $glob }` 没有匹配任何已读取的文件
range-stopped = 本次运行在判定 { $clauses } 条条款中的 { $judged } 条后停止：其 { $findings } 个问题已占满本次运行的内存预算 { $budget }；以下所列仅为这些条款的问题
