# 问题的表述。每条消息写明所涉及的值；日期与期间以 ISO 形式传入，由报告按读者的语言书写。

## 期限
due-on = { $date }
due-extended = { $date }（原定{ $from }，遇{ $why }顺延）
due-extended-bare = { $date }（原定{ $from }，已顺延）
rest-holiday = { $name }
rest-public-holiday = 法定节假日
rest-weekend = 周末
rest-weekend-guessed = 周末（未收录该年节假日，仅按周末推算）
# 记录中各环节的名称（字段 → 环节）。
field-submitted = 提交
field-responded = 响应
field-resolved = 办结
field-held = 召开
field-drafted = 起草
field-received = 受理
field-requested_at = 申请
field-notice_sent = 发出会议通知
field-agenda_sent = 发出会议议程
field-signed = 签批
field-reviewed = 审议

## late
late-step = 于{ $done }{ $field }，已超过期限（{ $due }）
late-record = { $period }的{ $what }{ $whose }于{ $done }提交，已超过期限（{ $due }）
late-label = 期限：{ $due }
late-help = 该环节已逾期，无法补救；如系日期录入错误，请予更正；否则请保留本问题备查，查明逾期原因并落实整改

## 问题中的人与事
party-name = { $name }
party-head = { $unit }负责人
party-overseer = { $unit }分管领导
party-superior = { $person }的直属上级
party-or = { $a }或{ $b }
party-and = { $a }和{ $b }
party-as = { $party }（即{ $names }）
unit-of = { $person }所在部门
unit-any = 任一部门
person-requester = 申请人
person-owner = 责任人
person-drafted_by = 起草人
person-chair = 主持人
person-assignee = 处理人
person-by = 报告人
record-plan = 计划
record-request = 申请
record-meeting = 会议
record-report = 报告
record-ticket = 工单
slot-whose = （{ $party }）
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
span-months-days = { $months ->
        [0] { $days }天
       *[other] { $months }个月{ $days ->
            [0] {""}
           *[other] { $days }天
        }
    }

## overdue
overdue-step = 截至{ $as_of }仍无{ $field }记录（期限为{ $due }）
overdue-signatures = 截至{ $as_of }仍缺少规定的签批（期限为{ $due }）
overdue-reviews = 截至{ $as_of }仍缺少规定的审议（期限为{ $due }）
overdue-label = 缺少{ $field }
overdue-help = 请尽快办理该环节，并在 `{ $path }` 字段中填写办理时间

## missing-approver
missing-approver = 缺少{ $party }的签批
missing-approver-held = 缺少{ $party }的签批，当时该岗位由{ $holders }担任
missing-approver-unknown = 无法确定应由谁以{ $party }的身份签批：{ $why }
missing-approver-label = 缺少签批
missing-approver-help = 如纸质单据上已有{ $party }的签字，请补录到 `signatures`（by、as、at）；否则请补办签批。尚在办理中的记录可标注 `status: pending`

## missing-record
missing-record = 缺少{ $period }的{ $what }{ $whose }，期限为{ $due }
missing-record-lenient = 缺少{ $period }的{ $what }{ $whose }（制度未规定期限，至{ $due }当日结束仍无记录，即视为缺失）
missing-record-label = { $period }应有记录
missing-record-help = 请补录该记录（`period: { $period }`）并填写实际办理日期；如该期不属于本次检查范围，可用 --since 调整检查期间

## cadence
cadence-missing = { $when }无{ $what }{ $whose }的记录{ $tail }{ $nearest }
cadence-on = { $date }（{ $weekday }）
cadence-in = { $period }
cadence-nor-by-after = ，{ $why }后的第一个工作日{ $day }也没有
cadence-nor-by = ，下一个工作日{ $day }也没有
cadence-due = （期限为{ $due }）
cadence-nearest = ；前后最接近的一次为{ $day }
cadence-missing-label = { $when }无记录
cadence-missing-help = 如该期实际已召开或报送，请补录记录；否则该期缺失属实，请保留本问题备查
cadence-gap = { $day }的{ $what }距上一次（{ $previous }）已间隔{ $span }，超过规定的{ $max }；按规定，本次应不晚于{ $due }
cadence-due-by = 最迟应于{ $due }
cadence-gap-help = 请按期召开或报送，相邻两次的间隔不得超过{ $max }
cadence-none-since = 自{ $previous }以来再无{ $what }；间隔不得超过{ $max }，下一次本应不晚于{ $due }
cadence-none-recorded = 自{ $since }以来没有{ $what }的记录；间隔不得超过{ $max }，本应不晚于{ $due }
cadence-none-help = 如实际已召开或报送，请补录记录；否则请尽快补办

## self-approval
self-approval-both = { $name }以{ $capacities }的身份重复签批
self-approval-both-label = 同一人再次签批
self-approval-first = 首次签批
self-approval-both-help = 每个环节须由不同人员签批；请改由该岗位的其他任职人员或经授权委托的代理人签批
self-approval-own = { $person }{ $name }签批了本人的{ $record }
self-approval-own-label = 自我签批
self-approval-own-help = { $person }不得签批本人的记录；该环节须由其他有权人员签批

## invalid-delegation
delegation = { $to }代理{ $role }的授权委托（{ $id }）
delegation-someone = 某人
delegation-a-role = 某岗位
delegation-not-deputy = { $delegation }：{ $person }于{ $day }并未担任{ $role }，而制度规定只有{ $role }才能代理该岗位
delegation-not-deputy-label = 未担任{ $role }
delegation-not-deputy-help = 请改为委托{ $role }的任职人，或先补录受托人担任{ $role }的任命
delegation-unauthorized = { $delegation }未登记授权人（`authorized_by`），而该委托须经{ $party }授权
delegation-wrong-authorizer = { $delegation }由{ $by }授权，但授权人于{ $day }并非{ $party }
delegation-unauthorized-label = 未按规定授权
delegation-unauthorized-help = 请由{ $party }授权，并登记授权人和授权时间（`authorized_by`、`authorized_at`）
delegation-starts = 自{ $day }起才生效
delegation-expired = 已于{ $day }到期
delegation-out-of-scope = 授权范围不包括类型为 `{ $kind }` 的记录
delegation-lapsed = { $delegation }{ $why }，但{ $record }（{ $at }）仍以该委托为依据
delegation-signature-on = { $record } 的签批
delegation-lapsed-help = 请经原授权人延长或重新办理授权委托，或改由该岗位的任职人签批

## vacant-role
vacant-role-nobody = 截至{ $as_of }，{ $roles }岗位无人任职{ $last }
vacant-role-short = 截至{ $as_of }，{ $roles }岗位现有任职人员{ $held }人，至少应有{ $min }人，缺{ $empty }人{ $last }
vacant-role-last = ；最后一任{ $ended }
vacant-role-left = 为{ $person }，已于{ $day }离职
vacant-role-until = 为{ $person }，任职至{ $day }
vacant-role-last-holding = 最后一任
vacant-role-label = 岗位空缺
vacant-role-help = 请任命人员（在人员数据中为其添加该岗位并填写 `since`），或登记授权委托，明确空缺期间由谁代理
field-chair = 主持人
field-to = 报送对象
field-submitted_to = 提交对象
field-owner = 责任人
field-by = 报告人
field-assignee = 处理人
field-requested_by = 申请人
field-attrs-issued = 下发
field-attrs-effective = 生效
field-attrs-implemented = 实施
field-attrs-start = 开始
field-attrs-started = 启动
field-attrs-paid = 付款
field-attrs-accepted = 验收
field-attrs-ordered = 下单
field-attrs-delivered = 交付
field-attrs-form_sent = 发出表单
field-attrs-archived = 归档
field-attrs-published = 发布
field-attrs-sent = 发出

## wrong-party
wrong-party = { $field }为{ $shown }，而非{ $party }
wrong-party-on = { $field }为{ $shown }，而按规定应为{ $party }（以{ $day }的任职情况为准）
wrong-party-held = { $field }为{ $shown }，而按规定应为{ $party }；{ $day }该岗位由{ $holders }担任
wrong-party-label = 不是{ $party }
wrong-party-help = 制度规定此项由{ $party }负责；请更正该字段，或由{ $party }办理该环节

## out-of-window
out-of-window = 于{ $done }{ $field }，早于规定期间（{ $window }）
out-of-window-runs = { $opens }至{ $closes }
out-of-window-not-before = 不得早于{ $opens }
out-of-window-label = 规定期间自{ $opens }起
out-of-window-help = 请核对记录的日期；如日期无误，该环节须在规定期间内重新办理

## missing-review
missing-review = 缺少{ $party }的审议
missing-review-unknown = 无法确定应由谁以{ $party }的身份审议：{ $why }
missing-review-label = 缺少审议
missing-review-help = 请由{ $party }进行审议，并记入 `reviews`（by、at）

## over-limit
over-limit = 金额{ $amount }{ $currency }超出全部签批人的审批权限（其中权限最高的{ $who }限额为{ $limit }）
over-limit-nobody = { $clause } 所列签批人均无权审批该金额（{ $amount }{ $currency }）
over-limit-label = 超出签批人审批权限
over-limit-help = 请报具有相应审批权限的岗位签批

## approval-order
approval-order = { $later }于{ $at }签批，早于前一环节{ $first }的签批（{ $first_at }）
approval-order-label = 签批过早
approval-order-first = 前一环节
approval-order-help = 审批流程中，每位签批人应在前一环节签批之后签批；请按顺序重新签批
approval-order-after-last = { $by }于{ $at }签批，晚于应作最终审批的{ $last }
approval-order-last = 最终签批
approval-order-last-help = { $party }为最终审批人，其签批后不应再有他人签批

## unauthorized-approver
unauthorized-approver = { $person }于{ $at }以{ $party }的身份签批，但其当时既未担任该岗位，也未持有有效的授权委托
unauthorized-approver-label = 当时无审批权限
unauthorized-approver-signed-at = 签批时间
unauthorized-approver-help = 请由该岗位的任职人签批，或补录签批人据以代理的授权委托（含授权人）

## out-of-sequence
out-of-sequence-help = 如系时间录入有误，请予更正；否则说明该程序未按规定顺序执行，请保留本问题备查并落实整改
out-of-sequence-after = { $field }时间（{ $at }）晚于{ $other }时间（{ $other_at }）
out-of-sequence-before = { $field }时间（{ $at }）早于{ $other }时间（{ $other_at }）
out-of-sequence-never = 于{ $at }{ $field }，但没有{ $other }的记录
out-of-sequence-approval = { $what }时间（{ $at }）晚于{ $field }时间（{ $limit }）
out-of-sequence-approval-label = 晚于{ $field }
out-of-sequence-approval-help = 审批应在{ $field }之前完成；如系时间录入有误，请予更正；否则说明该程序未按规定顺序执行，请保留本问题备查并落实整改
out-of-sequence-signed-after-review = 于{ $at }签批，晚于审议（{ $other_at }）
out-of-sequence-reviewed-after-signature = 于{ $at }审议，晚于签批（{ $other_at }）
out-of-sequence-reviews = { $party }于{ $at }审议，早于应先行审议的{ $first }（{ $first_at }）

## insufficient-count
count-between = 应为{ $min }至{ $max }
count-at-least = 至少应为{ $min }
count-at-most = 至多应为{ $max }
insufficient-count-missing = 未填写{ $name }（{ $wanted }）
insufficient-count-record = 请填写 `{ $path }`
insufficient-count = { $name }为{ $n }，{ $wanted }
insufficient-count-low-help = 请补足至规定数量，或登记条款允许的例外情形
insufficient-count-high-help = 请将名单缩减至制度允许的数量
insufficient-count-period = { $period }共有{ $held }条{ $what }记录，至少应有{ $count }条
insufficient-count-unreachable = { $what }：{ $period }至今仅{ $held }次，剩余{ $left }天，已无法达到规定的{ $count }次
insufficient-count-per = 每{ $unit }至少{ $count }次
insufficient-count-help = 请补办并记录所缺的{ $n }次
per-day = 日
per-week = 周
per-month = 月
per-quarter = 季度
per-half = 半年
per-year = 年

## no-manager
no-manager = 截至{ $as_of }，{ $person }没有直属上级：{ $why }
no-manager-no-role = 未填写 `manager`，也未担任任何岗位
no-manager-top-role = 未填写 `manager`，且其岗位{ $role }没有上级岗位
no-manager-vacant-superior = 未填写 `manager`，且{ $role }的上级岗位{ $up }无人任职
no-manager-label = 无直属上级
no-manager-help = 请为其填写 `manager`，或为其岗位指定有人任职的上级岗位（`reports_to`）

## unit-without-head
unit-without-head = { $unit }没有负责人
unit-without-head-vacant = 截至{ $as_of }，{ $unit }的负责人岗位{ $role }无人任职
unit-without-head-label = 无负责人
unit-without-head-help = 请为该部门指定负责人岗位（`head`），并确保有人任职

## over-headcount
over-headcount-role = 截至{ $as_of }，{ $roles }岗位任职{ $n }人，编制至多{ $max }人：{ $people }
over-headcount-unit = 截至{ $as_of }，{ $unit }在职{ $n }人，编制至多{ $max }人：{ $people }
over-headcount-label = 编制至多{ $max }人
over-headcount-held-by = 由{ $person }任职
over-headcount-role-help = 请终止超编的任职（`until`），如编制已获批增加，请调整 `seats`
over-headcount-unit-help = 请调出或终止部分任职，使部门人数不超编，或报批增加编制

## reporting-cycle
reporting-cycle = 截至{ $as_of }，{ $person }的汇报关系形成循环：{ $loop }
reporting-cycle-label = 汇报关系循环的一环
reporting-cycle-member = { $person }在此循环中
reporting-cycle-help = 请更正 `manager` 或 `reports_to`，使汇报关系最终止于最高层

## sod-conflict
sod-conflict = { $person }自{ $from }起同时担任{ $a }和{ $b }，而这两个岗位属于不相容职务，不得由一人兼任
sod-conflict-label = 与另一岗位兼任
sod-conflict-other = 另一岗位
sod-conflict-help = 请将其中一个岗位交由他人担任，并终止此项任职（`until`）

## term-expired
term-expired = { $person }自{ $since }起担任{ $role }，{ $length }的任期已于{ $ended }届满
term-expired-label = 任期于{ $ended }届满
term-expired-help = 如已连任，请自连任之日起补录新的任职；否则请终止此项任职（`until`）

## unbound-reference
name-role = 岗位
name-unit = 部门
name-body = 机构
name-person = 人员
unbound-reference-role = 数据中没有与{ $kind }“{ $name }”对应的{ $kind }（按编号、岗位名称或别名查找），条款 { $clause } 将永远无法满足
unbound-reference = 数据中没有与{ $kind }“{ $name }”对应的{ $kind }（按编号、名称或别名查找），条款 { $clause } 将永远无法满足
unbound-reference-label = 数据中没有
unbound-reference-help = 请将“{ $name }”加入数据中对应{ $kind }的 `aliases`，或在制度文件中声明别名（`{ $keyword } { $name } aka "…"`）

## wrong-reporting-line
wrong-reporting-line = { $role }的上级为{ $actual }，而非{ $expected }
wrong-reporting-line-none = { $role }没有上级岗位，而应向{ $expected }汇报
wrong-reporting-line-label = 汇报关系
wrong-reporting-line-help = 请将 `{ $id }` 的 `reports_to` 设为制度规定的岗位（{ $expected }）

## body-composition
body-chair = `{ $body }` 的主持人为 `{ $chair }`，而非{ $wanted }
body-no-chair = `{ $body }` 没有主持人；应由{ $wanted }主持
body-chair-label = 主持人
body-chair-help = 请将 `{ $body }` 的 `chair` 设为制度规定的岗位（{ $wanted }）
body-member = `{ $body }` 的成员中没有{ $wanted }
body-member-label = 成员
body-member-help = 请将{ $wanted }加入 `{ $body }` 的 `members`

## missing-unit
missing-unit = 组织中没有{ $kind }“{ $name }”
missing-unit-label = 没有该{ $kind }
missing-unit-help = 请将其加入 `{ $collection }`，或将“{ $name }”加入数据中对应{ $kind }的 `aliases`
missing-unit-top = 组织的最高层
missing-unit-parent = `{ $parent }` 之下
missing-unit-under = 组织中没有隶属于“{ $parent }”的部门“{ $unit }”：`{ $id }` 位于{ $actual }
missing-unit-parent-label = 上级部门
missing-unit-under-help = 请将其 `parent` 设为制度规定的上级部门（{ $parent }）
missing-unit-post = { $unit }没有“{ $post }”岗位
missing-unit-post-label = 没有该岗位
missing-unit-post-help = 请在 `roles` 中添加名称为“{ $post }”、`unit: { $unit }` 的岗位，或将“{ $post }”加入担任该职责的岗位的 `aliases`

## waivers
waiver-unauthorized = 豁免 `{ $waiver }` 无效：{ $why }
waiver-no-authority = 条款 `{ $clause }` 未指定豁免审批人（`waivable by`），不可豁免
waiver-outside-clauses = 不属于任何条款的问题不可豁免
waiver-approver-cannot-act = 豁免审批之日（{ $day }），{ $person }不能代表{ $party }
waiver-approver-unknown = 审批人 `{ $approver }` 不是本组织人员
waiver-unauthorized-label = 不是豁免审批人
waiver-unauthorized-help = 请由条款规定的豁免审批人（`zhidu explain <条款>` 可查）审批该豁免，或由授权委托范围包括 `waiver` 的代理人审批
waiver-expired = 豁免 `{ $waiver }` 已于{ $expires }到期：其所覆盖的问题重新计入结果
waiver-expired-label = 已到期
waiver-expired-help = 请整改问题所指之处并删除该豁免，或重新报批并设定新的 `expires`
waiver-too-long = 豁免 `{ $waiver }` 自{ $approved }审批之日起持续{ $days }天，超过允许的{ $max }天
waiver-too-long-label = 期限过长
waiver-too-long-help = 请将 `expires` 设在{ $latest }或之前，到期后再续批；期限上限由 zhidu.toml 中的 `max_waiver_days` 设定
waiver-unused = 豁免 `{ $waiver }`（{ $covers }）没有对应的问题
waiver-unused-label = 未豁免任何问题
waiver-unused-help = 如所豁免的问题已整改，请删除该豁免；否则请更正其 check、clause 或 subject（`--format json` 显示每个问题的这些字段）

## data-error（判定时发现）
data-error-not-a-time-text = `{ $path }` 的值为 `{ $value }`，而条款 { $clause } 在此需要时间
data-error-not-a-time = `{ $path }` 的值为 { $value }，而条款 { $clause } 在此需要时间
data-error-not-a-time-help = 请写成时间戳（如 2026-12-20T17:30:00+08:00）或日期（如 2026-12-20）
data-error-currency = 币种为 { $currency } 的金额无法与币种为 { $table } 的审批权限表比较
data-error-currency-help = 请按权限表的币种记录金额

## 无法确定某一环节由谁办理的原因
who-unit-unknown = 无法确定{ $person }所在部门（记录未填写 `unit`，且 { $id } 未在任何部门任职）
who-no-person = 记录未填写{ $person }
who-no-record = `{ $field }` 指记录上的人员，而此处没有记录
who-no-head = { $units }没有负责人
who-no-overseer = { $units }没有分管领导（overseen_by），其上级部门也没有
who-no-superior = { $person }于{ $day }没有直属上级（未填写 `manager`，其岗位也没有上级岗位）
waiver-not-yet = 豁免 `{ $waiver }` 于{ $approved }批准，晚于检查截至日{ $as_of }：在此之前不豁免任何问题
waiver-not-yet-label = 尚未批准
waiver-not-yet-help = 截至该日的问题照常计入；如 `approved` 填写有误，请更正为实际批准的日期
