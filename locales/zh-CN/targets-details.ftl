## 目标：目标类型、可持续发展目标、社区效益、修订版本，以及对照APEC与国家目标线的核查

targets-error-kind-refused = 目标类型须为 base-year-reduction、fixed-level、base-year-intensity 或 below-bau；只有带百分比的类型才能填写百分比，且须在 −1000 至 100 之间；未保存任何内容。
targets-error-sdgs-refused = 目标所服务的可持续发展目标须为 1 至 17 的编号；未保存任何内容。
targets-error-bau-scenario = 只有低于基准情景的目标才注明所对照的基准情景，且须写明名称；未保存任何内容。
targets-error-no-bau-scenario = 低于基准情景的目标需要一个基准情景作为对照，但在基准情景阶段尚未将任何情景设为基准情景。未保存任何内容。
targets-error-unknown-kind = “{ $value }”不是目标类型；请填写 基准年减排、固定水平、基准年强度、低于基准情景（或 base-year-reduction、fixed-level、base-year-intensity、below-bau）。
targets-error-sdgs = “{ $value }”不是 1 至 17 的可持续发展目标编号列表，例如 11;3。
targets-error-unknown-scenario = 没有名为“{ $value }”的情景。
targets-error-no-bau = 低于基准情景的目标需要该情景在目标年对此序列的预测值；该情景没有此预测值（或尚无基准情景）。
targets-error-no-driver = 强度目标需要基准情景中基准年与目标年的地区生产总值，且基准年的值须大于零。
targets-error-percent-range = 百分比须在 −1000 至 100 之间。
targets-error-percent-for-fixed = 固定水平目标只填目标值，不填百分比；请清空此单元格或改选其他类型。
targets-error-value-disagrees = { $value }与本行百分比算出的值不一致；两者请只填其一。

targets-kind-base-year-reduction = 基准年减排
targets-kind-fixed-level = 固定水平
targets-kind-base-year-intensity = 基准年强度
targets-kind-below-bau = 低于基准情景
targets-kind-detail-base-year-reduction = 基准年减排：比{ $year }年{ $change }
targets-kind-detail-fixed-level = 固定水平
targets-kind-detail-base-year-intensity = 基准年强度：单位地区生产总值比{ $year }年{ $change }
targets-kind-detail-below-bau = 低于基准情景：比{ $year }年基准情景“{ $scenario }”{ $change }

targets-sdg-list = 可持续发展目标{ $goals }
targets-no-sdgs = 未注明可持续发展目标
targets-no-advantages = 未说明社区效益
targets-state-revision-adopted = 已通过，第{ $revision }版
targets-state-revision-proposed = 提案，第{ $revision }版

targets-check-met = { $line }——达到：目标在{ $year }年为{ $target }，目标线为{ $value }。
targets-check-not-met = { $line }——未达到：目标在{ $year }年为{ $target }，目标线为{ $value }。
targets-check-missing-base = { $line }——无法核查：缺少{ $subject }{ $year }年的数值。
targets-check-missing-path = { $line }——无法核查：{ $subject }的目标没有给出{ $year }年的数值。
targets-checks-none = 没有关于能源强度、碳强度或可再生能源比重的目标，因此没有可核查的目标线。

# 目标与基准情景之差无法给出时的说明。
targets-gap-no-bau = 尚无可供比较的基准情景。
targets-gap-not-projected = 基准情景不预测此指标。
targets-gap-beyond-bau = 基准情景未延伸至{ $year }年。
