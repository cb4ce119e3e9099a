## 差距：指标目录、灾害韧性计分卡和差距排序。
## 此处每个 id 都必须同样存在于 locales/en/deficits.ftl，变量相同。

catalogue-malformed = 无法读取指标目录：{ $detail }
catalogue-duplicate-code = 指标代码{ $code }已在目录中，请换一个代码。
catalogue-invalid-indicator = 指标{ $code }不完整：需要代码、名称、单位和方向。
scorecard-malformed = 无法读取计分卡文件：{ $detail }
scorecard-structure = 计分卡文件与其级别的结构不符：{ $detail }
scorecard-unknown-question = 计分卡中没有问题{ $code }。
scorecard-score-out-of-range = { $code }：分数{ $score }超出 0–{ $max }的范围。
ranking-too-many-dots = { $voter }投了{ $used }个点，每人只有{ $allowed }个。
ranking-unknown-candidate = { $voter }投给了{ $candidate }，但它不在差距列表中。
ranking-ranked-twice = { $voter }把{ $candidate }排了两次。

## 指标数值：每种被拒绝的原因一条消息。
values-missing-column = 文件中没有“{ $column }”列，请在第一行加上。
values-empty-cell = 此单元格为空。
values-unknown-code = { $code }不是目录中的指标，也不是本地指标。
values-unit-mismatch = 单位{ $unit }不是该指标的单位（{ $expected }）。请换算数值，或将单位留空。
values-year-out-of-range = { $year }不是1990至2100年之间的年份。
values-not-a-number = “{ $value }”不是数字。
values-not-yes-or-no = { $value }不是“是”或“否”（yes 或 no）。
values-ppp-base-year-missing = 该指标需要注明其GDP的购买力平价基准年（如2021）。
values-duplicate-in-file = 该指标和年份已出现在文件第{ $first_row }行。
values-already-stored = 该指标该年份的数值已存储。如要替换，请选择“更新”方式导入。
values-already-stored-list = 以下指标和年份已有数值：{ $pairs }。未导入任何数据；如要替换请选择“更新”，如要保留请选择“跳过”。

## 命令行
indicators-list-heading = 可持续发展目标指标目录{ $version }：共{ $count }项指标
indicators-no-value = 尚无数值
indicators-not-xlsx = 此文件不是 Excel 工作簿（.xlsx）。CSV 文件请使用 --csv。
indicators-problem-place = { $file }第{ $row }行，“{ $column }”列：
indicators-import-checked = 已检查{ $file }：共{ $rows }个数值；将新增{ $add }个，更新{ $update }个，跳过{ $skip }个。未写入任何数据。
indicators-import-written = 已导入{ $file }：新增{ $add }个，更新{ $update }个，跳过{ $skip }个。
indicators-export-written = 已将{ $count }个数值写入{ $path }。
scorecard-show-heading = 城市灾害韧性计分卡（初步级）：{ $score }分，满分{ $max }分
deficits-none = 没有标出差距。差距需要该指标的已存数值和参照值。
deficits-line = { $rank } { $code } { $name }：{ $value } { $unit }，参照值{ $benchmark }（差距{ $gap }）
table-too-large = 文件超过 64 MB；数值表不会这么大。
table-too-many-rows = 文件超过一百万行。
table-unclosed-quote = 此行开始的引号没有闭合。
table-mixed-encoding = 此行的编码与前面各行（UTF-8）不同；请将整个文件保存为同一种编码。
table-not-xlsx = 此文件不是可读取的 Excel 工作簿（.xlsx）。
indicators-problem-row = { $file }第{ $row }行：
