### `zhidu init`：提问，以及所生成 zhidu.toml 中的注释。

init-exists = `{ $path }` 已存在；使用 --force 可覆盖
init-ask = 是否写入 { $path }？[Y/n]
init-nothing-written = 未写入任何内容
init-wrote = 已写入 { $path }（制度包：{ $packs }）
init-no-data = `{ $path }` 下没有数据，无法据此推荐制度包
init-no-data-help = 请对存放组织数据和记录的文件夹运行 `zhidu init`（见 docs/zh/data.md）
init-head = 由 `zhidu init` 生成的 zhidu.toml（全部设置项见 docs/cli.md）。
init-packs = 本单位执行的制度：内置制度包（`zhidu packs` 可列出全部）。
init-why-chosen = 由用户指定
init-why-kind = 数据中有类型为 `{ $kind }` 的 { $collection }
init-why-names = 本单位设有{ $names }
init-why-level = 本单位有{ $level }级岗位
init-why-org = 数据中有组织架构
init-kinds = 数据中的记录类型：{ $kinds }。
init-covers =
    计划、会议和报告只对数据中已有的类型或 `covers` 所列的类型判定缺失。
    以下类型为所选制度包要求、但数据中没有：请列出本单位必须保存的类型，
    以便其缺失能被发现。
init-timezone = 数据所用的时区。
init-as-of =
    检查的截至日期：默认为当天。在 CI 中请固定该日期，使检查结果可以复现——
    写在这里，或在任务中使用 `zhidu check --as-of "$(date +%F)"`。
init-already-has = （zhidu.toml 中已有 { $table }：请补充其中缺少的内容）
init-files-why = 各工作表或文件对应的数据集，依据其名称或列名判断（列名上方有标题行的：header_row；只有一种记录类型的工作表：其类型）。
init-encoding-why = 不是以 UTF-8 保存的文件。
init-columns-why = zhidu 不认识的列名：作为 attrs 保留（如实为某字段，可映射到该字段），或舍弃（制度未要求的个人信息）。
init-values-why = 导出数据中的记录类型，映射到制度所判定的类型。
init-unbound-kind = { $count } 条 { $collection }：没有条款判定这一类型；请映射到有条款判定的类型，或保持不变
init-kept = 以下内容保留自被替换的 zhidu.toml。
