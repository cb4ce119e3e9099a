## 2030年与本世纪中叶目标及进展

targets-error-frozen = 目标已通过，不能再修改；如需修订，须由新的议题再次通过。
targets-error-adoption-refused = 第{ $question }号议题尚未作出通过的决定；目标只能由已决定且结果为通过的议题采纳。
targets-error-nothing-to-adopt = 没有待采纳的目标提案；请先用 concord targets import --csv FILE 导入。
targets-error-no-header = 文件须有表头 indicator,baseline_year,baseline_value,target_year,target_value（或 指标代码,基准年,基准值,目标年,目标值）；缺少“{ $header }”。
targets-error-at-cell = 第{ $row }行，“{ $column }”列：{ $reason }
targets-error-required = 此单元格为空，须填写。
targets-error-unknown-subject = “{ $value }”不是指标目录中的指标、emissions 或 carbon_intensity 等基准情景序列，也不是 E5 等计分卡要素。
targets-error-not-a-number = “{ $value }”不是数字。
targets-error-year-range = 年份须在 1990 至 2100 之间。
targets-error-target-before-baseline = 目标年须晚于基准年。
targets-error-duplicate = 文件中该指标的这一目标年已有一行。
targets-error-empty = 文件没有数据行。
targets-imported = 已导入{ $count }项目标，均为提案。
targets-adopted = 已由第{ $question }号议题采纳并锁定{ $count }项目标。
targets-state-proposed = 提案
targets-state-adopted = 已由第{ $question }号议题通过
targets-essential-name = 要素{ $number }（{ $level }）：{ $name }
targets-essential-unit = 分
targets-essential-level-preliminary = 初步级，0–3 分
targets-essential-level-detailed = 详细级，0–5 分
targets-error-score-range = “{ $value }”不是该要素的得分：初步级的平均分在 0 到 3 之间，详细级在 0 到 5 之间。
targets-error-kind-for-essential = 要素的目标是得分：只能是固定水平或相对基准年的变化，不能是强度目标或低于基准情景的目标。
