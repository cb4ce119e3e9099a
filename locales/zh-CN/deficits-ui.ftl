# 窗口中的“缺口”阶段：数值、记分卡与排序。

deficits-ui-value-stored = 该指标在该年份已有数值。勾选“替换”以修改。
deficits-ui-workshop-title = 韧性工作坊
