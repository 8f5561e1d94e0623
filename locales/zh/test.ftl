# zhidu test：制度仓库的测试用例。
test-pass = 通过
test-fail = 未通过
test-error = 出错
test-missing = 缺少：{ $what }（见 zhidu-test.toml 第 { $line } 行第 { $column } 列的预期）
test-unexpected = 多出：{ $finding }
test-updated = 已更新：`expect` 已改为本次运行发现的问题，请审阅改动
test-summary = 共 { $cases } 个用例：通过 { $passed } 个，未通过 { $failed } 个，无法运行 { $broken } 个
test-coverage = 覆盖情况：{ $clauses } 条条款中，有 { $complete } 条既有通过用例又有不通过用例
test-coverage-never = { $clause }：没有用例判定该条款
test-coverage-no-pass = { $clause }：没有该条款通过的用例
test-coverage-no-fail = { $clause }：没有该条款不通过的用例
test-exact-not-bool = `exact` 应为 true 或 false
test-policies-not-paths = `policies` 应为制度文件或文件夹的路径列表（相对于用例所在文件夹）
test-expect-not-list = `expect` 应为问题列表：{"["}{"{"}check = "…", clause = "…", subject = "…"{"}"}, …]
test-expect-not-table = `expect` 的每一项应为表：{"{"}check = "…", clause = "…", subject = "…"{"}"}
test-expect-not-text = 预期问题的 `{ $key }` 应为文本（可用通配符）
test-expect-unknown-key = 预期问题没有 `{ $key }` 这一项：可写 `check`、`clause` 和 `subject`
test-no-as-of = 测试用例须写明 `as_of`，即判定所截至的日期（如 `as_of = 2026-06-30`）
test-expect-names-nothing = 预期中的 { $what } “{ $name }”（第 { $line } 行第 { $column } 列）在本次运行中不存在，永远不会被发现
test-path-missing = { $path } 不存在（见本用例的 `data` 或 `policies`）
