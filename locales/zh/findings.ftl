# 问题的表述。每条消息写明所涉及的值；日期与期间以 ISO 形式传入，由报告按读者的语言书写。

## 期限
due-on = { $date }
due-extended = { $date }（原定 { $from }，遇{ $why }顺延）
due-extended-bare = { $date }（由 { $from } 顺延）
rest-holiday = { $name }
rest-public-holiday = 法定节假日
rest-weekend = 周末
rest-weekend-guessed = 周末；日历未收录该年节假日，工作日按周末推算
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
late-step = { $done } { $field }，已过期限 { $due }
late-record = { $what }{ $whose }（{ $period }）于 { $done } 提交，已过期限 { $due }
late-whose = { "" }（{ $party }）
late-label = 期限 { $due }
late-help = 逾期的环节无法再按时办理；如系日期录入有误，请予更正，否则保留此问题作为证据
