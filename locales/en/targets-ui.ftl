## The Targets stage in the window

targets-ui-title = Targets and progress
targets-ui-intro = Targets for 2030 and mid-century, each judged on the latest values against the pace it needs. Imported targets are proposals until a decided question adopts them.
targets-ui-import = Import a targets file…
targets-ui-imported = { $count ->
    [one] One target imported as a proposal.
   *[other] { $count } targets imported as proposals.
}
targets-ui-refused = The file was not imported; nothing changed:
targets-ui-adopt-by = Adopt by question
targets-ui-adopt = Adopt
targets-ui-adopt-title = Adopt the proposed targets?
targets-ui-adopt-body = The targets are adopted by “{ $question }” and frozen: they can no longer change. A revision is adopted again by a new question.
targets-ui-adopted = Targets adopted and frozen.
targets-ui-export = Export
targets-ui-exported = { $document } saved: { $path }
targets-ui-document = Document
targets-ui-doc-progress = Progress report
targets-ui-doc-pledge = Targets pledge
targets-ui-doc-action-plan = Local Action Plan
targets-ui-unsigned = Not signed digitally
targets-ui-empty-title = No targets yet
targets-ui-empty-body = Import a file with the columns indicator, baseline_year, baseline_value, target_year, target_value (or 指标代码, 基准年, 基准值, 目标年, 目标值), one row per target year. The table then shows how each target stands.
targets-ui-state = State
targets-ui-adopted-state = Adopted
targets-ui-proposed-state = Proposed
