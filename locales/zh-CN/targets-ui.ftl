## 窗口中的目标阶段

targets-ui-title = 目标与进展
targets-ui-intro = 2030年与本世纪中叶的目标，按最新数值与所需速度评估。导入的目标在议题作出通过决定之前均为提案。
targets-ui-import = 导入目标文件…
targets-ui-imported = 已导入{ $count }项目标，均为提案。
targets-ui-refused = 文件未导入，数据未作任何更改：
targets-ui-adopt-by = 通过议题采纳
targets-ui-adopt = 采纳
targets-ui-adopt-title = 采纳目标提案？
targets-ui-adopt-body = 目标将由“{ $question }”采纳并锁定，不能再修改。如需修订，须由新的议题再次通过。
targets-ui-adopted = 目标已采纳并锁定。
targets-ui-export = 导出
targets-ui-exported = { $document }已保存：{ $path }
targets-ui-document = 文件
targets-ui-doc-progress = 进展报告
targets-ui-doc-pledge = 目标承诺书
targets-ui-doc-action-plan = 地方行动计划
targets-ui-unsigned = 不加数字签名
targets-ui-empty-title = 尚无目标
targets-ui-empty-body = 请导入含 指标代码、基准年、基准值、目标年、目标值（或 indicator, baseline_year, baseline_value, target_year, target_value）各列的文件，每个目标年一行。导入后表格将显示各项目标的进展。
targets-ui-state = 通过情况
targets-ui-adopted-state = 已通过
targets-ui-proposed-state = 提案
