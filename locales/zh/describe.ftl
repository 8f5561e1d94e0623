### 条款要求的文字说明：`zhidu explain`、编辑器悬停提示、docs/pack.md。

join-comma = 、
join-and = 、
join-also = ，且
join-or = 或
join-then = 、
join-parts = ，
join-rows = ；

# 制度语言的关键词（期间、职级、名称或记录的种类）译为中文。
word = { $w ->
    [year] 年
    [half] 半年
    [quarter] 季度
    [month] 月
    [week] 周
    [day] 日
    [period] 期间
    [staff] 员工
    [supervisor] 主管
    [manager] 经理
    [director] 总监
    [executive] 高管
    [board] 董事会
    [role] 岗位
    [unit] 部门
    [body] 机构
    [person] 人员
    [plan] 计划
    [request] 申请
    [meeting] 会议
    [report] 报告
    [ticket] 工单
   *[other] { $w }
}

rule-when = { $conditions }时：{ $rule }
per-department = （各部门分别计）
per-department-under = （负责人向{ $role }汇报的各部门分别计）

rule-exists-lenient = 每{ $every }须有一份记录{ $per }；{ $due }过后仍无记录即为缺失（制度未规定具体日期，不判逾期）
rule-exists-due = 每{ $every }须有一份记录{ $per }，不晚于{ $due }
rule-exists = 每{ $every }须有一份记录{ $per }，不晚于该{ $every }结束
rule-every-due = { $slot }须有一份记录{ $per }，不晚于{ $due }
rule-every = { $slot }须有一份记录{ $per }
rule-missing-after = 须登记{ $field }；{ $after }过后仍未登记即为缺失（未规定日期，不判逾期）
rule-by-next = 须在该记录之后的下一次{ $kind }{ $collection }前登记{ $field }
rule-at-least = 每{ $per }至少{ $count }份记录
rule-max-gap = 相邻两份记录间隔不超过{ $max }
rule-deadline = 最迟于{ $due }{ $field }
rule-window = 须在{ $from }至{ $to }期间{ $field }
rule-window-from = { $field }不早于{ $from }
rule-window-any = { $field }时间不限
rule-first-days = 须在{ $of }的前{ $days }天内{ $field }
rule-last-days = 须在{ $of }的最后{ $days }天内{ $field }
rule-offset-after = 须在{ $other }后{ $within }内{ $field }
rule-offset-before = 须在{ $other }前{ $within }内{ $field }
rule-offset-around = { $field }与{ $other }前后相差不超过{ $within }
rule-margin-before = { $field }须比{ $other }至少早{ $margin }
rule-margin-after = { $field }须比{ $other }至少晚{ $margin }
rule-order-before = { $field }不晚于{ $other }
rule-order-after = { $field }不早于{ $other }
rule-is = { $field }为{ $party }
rule-names = { $field }包括{ $parties }
rule-count = { $field }{ $range }
rule-count-unless = { $field }{ $range }，{ $condition }的除外
range-between = 为{ $min }至{ $max }个
range-at-least = 至少{ $min }个
range-at-most = 至多{ $max }个
range-any = 数量不限
rule-signed = 经{ $chain }签批
rule-signed-in-order = 依次经{ $chain }签批
rule-reviewed = 经{ $chain }审议
rule-reviewed-in-order = 依次经{ $chain }审议
step-unless = { $party }（如即为{ $person }本人，则免此步）
step-last = { $step }（最后一步）
rule-signed-before = 全部签批须在{ $target }之前完成
rule-reviewed-before = 全部审议须在{ $target }之前完成
target-signed = 签批
target-reviewed = 审议
target-field = { $field }
rule-signers-distinct = 每一步由不同的人签批
rule-signers-exclude = { $person }不得签批
rule-filled-one = { $role }岗位须由1名在职人员担任
rule-filled-exactly = { $role }岗位须由{ $min }名在职人员担任
rule-filled-at-most = { $role }岗位至多由{ $max }名在职人员担任
rule-filled = { $role }岗位须有在职人员担任
rule-filled-at-least = { $role }岗位至少由{ $min }名在职人员担任
rule-filled-range = { $role }岗位须由{ $min }至{ $max }名在职人员担任
rule-headcount = { $unit }在职人数不超过{ $max }人
rule-org-exists = 须设立{ $name }（{ $kind }）
rule-unit-under = { $parent }下须设{ $unit }
rule-unit-posts = { $unit }须设{ $posts }岗位
rule-reports-head = { $subject }负责人向{ $to }汇报
rule-reports-role = { $subject }岗位向{ $to }汇报
rule-body = { $body }{ $parts }
rule-body-chair = 由{ $chair }主持
rule-body-members = 成员包括{ $members }
rule-body-members-held = 成员包括{ $members }（以本单位实际设置的为限）
rule-not-combined = 同一人不得兼任{ $roles }
rule-term-level = { $level }级岗位任期不超过{ $length }
rule-term-role = { $role }岗位任期不超过{ $length }
rule-every-unit-has-head = 每个部门均有负责人，且由在职人员担任
rule-every-person-has-manager = 除最高负责人外，每名在职人员均有直属上级
rule-every-role-within-seats = 任一岗位的在职人数不超过其编制
rule-no-reporting-cycles = 汇报关系不得循环
rule-delegation = 仅{ $delegate }可代理{ $principal }
rule-delegation-authorized = 仅{ $delegate }经{ $authorizer }授权后可代理{ $principal }
rule-limits = 审批权限：{ $bands }
band = { $range }由{ $party }审批
band-between = 超过{ $over }至{ $up_to }
band-over = 超过{ $over }
band-up-to = { $up_to }以内
band-any = 不限金额

cadence-unit = 每{ $unit }
cadence-weekday = 每{ $weekday }
cadence-last-weekday = 每月最后一个{ $weekday }
cadence-nth-weekday = 每月第{ $nth }个{ $weekday }
cadence-last-day = 每月最后一日
cadence-day = 每月{ $day }日

of-record = 记录所属期间
of-this = 当{ $unit }
of-previous = { $key ->
    [month] 上月
    [year] 上年
    [week] 上周
    [day] 前一日
   *[other] 上一{ $unit }
}
of-next = { $key ->
    [month] 下月
    [year] 下年
    [week] 下周
    [day] 次日
   *[other] 下一{ $unit }
}
period-previous = { $key ->
    [month] 上月
    [year] 上年
    [week] 上周
    [day] 前一日
   *[other] 上一{ $unit }
}
period-next = { $key ->
    [month] 下月
    [year] 下年
    [week] 下周
    [day] 次日
   *[other] 下一{ $unit }
}
date-fixed = { $date }
date-start = { $of }初
date-end = { $of }末
date-day = { $of }{ $day }日
date-weekday = { $of }的{ $weekday }
date-month-day = { $of }{ $date }
date-minus = { $date }前{ $offset }
date-plus = { $date }后{ $offset }

cond-any = { $conditions }
cond-all = { $conditions }
cond-parens = （{ $condition }）
cond-not = 并非（{ $condition }）
cond-present = 已填写 `{ $field }`
cond-in-unit = `{ $field }`属于{ $unit }
cond-compare = `{ $field }` { $op } { $value }
