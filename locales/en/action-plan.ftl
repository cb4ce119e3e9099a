## The Local Action Plan: key projects and their measures, institutions and stakeholders, the decision mechanism, the roadmap.

plan-doc-title = { $city } Local Action Plan
plan-doc-subtitle = Key projects, measures and roadmap
plan-doc-header = Local Action Plan
plan-doc-intro = Within the first year of joining, the city states what actions it will take in the short term and in the long term. This plan lists its key projects with their measures, who carries them out, the institutions and stakeholders involved, how the dialogue decides and the roadmap by year.
plan-doc-projects = Key projects and measures
plan-doc-project-summary = { $count ->
    [one] One measure
   *[other] { $count } measures
}, budget { $budget }.
plan-doc-none = There are no measures yet; import them with concord measures import --csv FILE.
plan-col-measure = Measure
plan-col-owner = Owner
plan-col-budget = Budget
plan-col-dates = Dates
plan-col-status = Status
plan-doc-owner-none = —
plan-doc-budget-none = —
plan-doc-budget = CNY { $amount }
plan-doc-total = Total budget of the plan: { $budget }.
plan-doc-institutions = Key institutions and stakeholders
plan-doc-institutions-intro = The institutions and organisations of the stakeholder register, with the measures each carries out.
plan-col-institution = Institution or organisation
plan-col-sector = Sector
plan-col-members = Members
plan-col-measures = Measures
plan-doc-institutions-none = The stakeholder register is empty.
plan-doc-mechanism = Decision-making mechanism
plan-doc-mechanism-intro = The plan and its revisions are decided by the multistakeholder dialogue, chaired by the focal point, under the dialogue's decision rule:
plan-doc-mechanism-positions-named = Positions are recorded by name in the minutes.
plan-doc-mechanism-positions-anonymous = Positions are counted, not named, in the minutes.
plan-doc-roadmap = Roadmap
plan-doc-roadmap-figure = Figure { $number }. Measures by year, from their start to their end
plan-doc-roadmap-axis = Year
plan-doc-measure-title = { $code } { $title } ({ $term })
