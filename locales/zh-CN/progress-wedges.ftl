# 进度图中以楔形表示的措施预期效果。
progress-wedges-skipped = 以下措施的预期效果单位与目标单位（{ $unit }）不同，未在图中绘出：{ $measures }。
