## Concord user interface: English.
## Every id here must also exist in locales/zh-CN/app.ftl, with the same variables.

## The application

app-name = Concord
app-home = Concord: back to the dialogue
app-tagline = Multistakeholder dialogue
app-loading = Loading…
app-start-failed = Concord could not start.
app-skip-to-content = Skip to content
app-offline = Works offline. Nothing leaves this computer.
app-version = Version { $version }

## Language switch (shows the other language)

lang-toggle = 中文
lang-toggle-label = 中文: switch to Chinese

## Navigation: the MSD cycle

nav-title = The dialogue cycle
nav-label = Stages of the dialogue
nav-dialogue = Dialogue
nav-stakeholders = Stakeholders
nav-meetings = Meetings
nav-vision = Vision
nav-deficits = Deficits
nav-bau = BAU scenarios
nav-targets = Targets and progress
nav-documents = Documents
nav-new-dialogue = New dialogue
nav-today = Today: { $date }

## First start

welcome-title = Welcome to Concord
welcome-lead = Concord guides your city’s multistakeholder dialogue on sustainability and carbon neutrality, from the first town hall to signed declarations, entirely offline.
welcome-choose = How would you like to begin?
welcome-demo-title = Open the demo dialogue
welcome-demo-body = Explore Weinan ⇄ Reggio Emilia, with sample stakeholders and a plenary.
welcome-new-title = Start a new dialogue
welcome-new-body = Enter your city, the focal point and the decision rule.
welcome-note = You can change everything later.

## Dialogue stage

dialogue-title = Dialogue
dialogue-intro = The city and its partner, the focal point who chairs the dialogue, and the rule by which it decides.
dialogue-new-title = New dialogue
dialogue-new-intro = Fill in the city, the focal point and the decision rule. You can change them later.
dialogue-edit-title = Edit the dialogue
dialogue-section-city = City
dialogue-section-focal-point = Focal point
dialogue-section-assistant = Assistant to the focal point
dialogue-section-high-level-rep = High-level representative
dialogue-section-high-level-rep-intro = Opens and closes the meetings of the dialogue.
dialogue-section-rule = Decision rule
dialogue-section-rule-intro = How a consensus question is settled in each round.
dialogue-partner-city = Partner city
dialogue-city-pair = { $city } ⇄ { $partner }
dialogue-not-set = Not set
dialogue-required-note = Fields marked with * are required.
dialogue-form-keys = Ctrl+S saves, Esc cancels.
dialogue-saved = Dialogue saved.
dialogue-demo-opened = Demo dialogue opened: { $city }.
dialogue-errors-title =
    { $count ->
        [one] One field needs your attention
       *[other] { $count } fields need your attention
    }
dialogue-save-failed = The dialogue could not be saved.
dialogue-rule-unanimity = Unanimity: adopted when no one objects.
dialogue-rule-consensus-minus =
    { $objections ->
        [one] Consensus minus one: adopted with at most one objection.
       *[other] Consensus minus { $objections }: adopted with at most { $objections } objections.
    }
dialogue-rule-supermajority = Supermajority: adopted when at least { $num }/{ $den } of the positions taken are consents.
dialogue-rule-simple-majority = Simple majority: adopted when more than half of the positions taken are consents; a tie goes to the focal point’s casting vote.
dialogue-rule-quorum = Quorum: { $percent } % of voting members present
dialogue-rule-fallback =
    { $rounds ->
        [one] After one failed round, the focal point may decide alone.
       *[other] After { $rounds } failed rounds, the focal point may decide alone.
    }
dialogue-rule-anonymous = Positions are anonymous in the minutes.
dialogue-rule-named = Positions are recorded by name in the minutes.

## Empty stages

stage-coming = Coming in a later version
stage-stakeholders-title = The stakeholder register
stage-stakeholders-body = Everyone taking part in the dialogue: their sector, triple-helix group, the disadvantaged groups they represent, their role and their consent to keep their data. An inclusiveness panel will show which sectors and groups are still missing.
stage-stakeholders-more = Import the register from Excel (CSV, including files saved by Chinese Excel) and export it again.
stage-meetings-title = Meetings
stage-meetings-body = Plenary town halls and working groups, opened and closed by the high-level representative: agenda, attendance and quorum, notes, decisions and action items.
stage-meetings-more = Minutes are drafted, approved and then frozen; a correction becomes an addendum, never an edit.
stage-vision-title = The city’s vision
stage-vision-body = The vision in Chinese and English side by side, amendments proposed by stakeholders and the changes between versions.
stage-vision-more = The vision is adopted through a consensus question and leads to a vision declaration.
stage-deficits-title = Deficits
stage-deficits-body = An indicator catalogue (SDG 7, 11 and 13, and the UNDRR Disaster Resilience Scorecard for Cities) with the city’s values, their year and source, and benchmarks.
stage-deficits-more = The dialogue identifies the city’s deficits and ranks them.
stage-bau-title = Business-as-usual scenarios
stage-bau-body = Population, energy use, emissions and GDP from a base year, with growth paths to 2030 and mid-century, and the energy and carbon intensity they imply.
stage-bau-more = Charts will show the APEC goals as reference lines: energy intensity 45 % below 2005 by 2035, and the share of renewables doubled by 2030.
stage-targets-title = Targets and progress
stage-targets-body = A 2030 target and a mid-century target for each indicator, adopted by consensus, and the measures to reach them, with owner, cost and status.
stage-targets-more = Progress reports compare the results with the targets, with charts.
stage-documents-title = Documents
stage-documents-body = Minutes, the membership declaration, the vision declaration, the targets pledge and progress reports.
stage-documents-more = Preview them in Chinese, English or both, sign them and export them as PDF.

## Form fields

field-required = required
field-city-zh = City name in Chinese
field-city-en = City name in English
field-economy = Economy
field-economy-hint = The APEC economy, for example China.
field-partner-city-zh = Partner city in Chinese
field-partner-city-en = Partner city in English
field-family-name = Family name
field-first-name = First name
field-title = Title
field-administration = Local administration
field-postal-address = Postal address
field-email = E-mail
field-mobile = Mobile
field-fax = Fax
field-assistant-name = Assistant’s name
field-assistant-email = Assistant’s e-mail
field-hlr-name = Representative’s name
field-hlr-title = Representative’s title
field-quorum = Quorum (%)
field-quorum-hint = The share of voting members who must be present for a round to count.
field-rule-kind = Rule
field-rule-unanimity = Unanimity
field-rule-unanimity-hint = Adopted when no one objects. Members may stand aside.
field-rule-consensus-minus = Consensus minus N
field-rule-consensus-minus-hint = Adopted when no more than N members object.
field-rule-supermajority = Supermajority
field-rule-supermajority-hint = Adopted when a set share of the positions taken, such as 2/3 or 3/4, are consents.
field-rule-simple-majority = Simple majority
field-rule-simple-majority-hint = Adopted when more than half of the positions taken are consents. A tie goes to the focal point’s casting vote.
field-allowed-objections = Objections allowed
field-allowed-objections-hint = A proposal still passes with this many objections.
field-supermajority = Supermajority
field-supermajority-hint = The share of consents needed, for example 2/3 or 3/4.
field-supermajority-num = Numerator
field-supermajority-den = Denominator
field-max-failed-rounds = Failed rounds before the focal point may decide
field-max-failed-rounds-hint = After this many rounds without a decision, the focal point may decide alone, with a written rationale.
field-anonymous = Anonymous positions
field-anonymous-hint = The minutes count consents, stand-asides and objections but do not say who took them.
field-error-required = Please fill in this field.
field-error-integer = Enter a whole number.
field-error-email = Enter an e-mail address such as name@example.org.
field-error-quorum = Enter a percentage from 1 to 100.
field-error-min-one = Enter 1 or more.
field-error-fraction = Enter a fraction above one half and at most one, such as 2/3.

## Actions

action-edit = Edit
action-save = Save
action-saving = Saving…
action-cancel = Cancel
action-dismiss = Dismiss
action-retry = Try again
meetings-carried-item = Open action items of earlier meetings

## Dates entered as the interface writes them.
date-day = Day
date-month = Month
date-year = Year
date-time = Time (24-hour)
date-day-placeholder = DD
date-year-placeholder = YYYY
date-month-none = Month…

## The demo, in a database of its own.
app-demo-badge = Demo
app-demo-leave = Back to your own dialogue
app-demo-left = Your own dialogue is open again; the demo is kept for another look.
export-open = Open
export-reveal = Show in folder

# The documents' style, chosen for the whole dialogue.
dialogue-section-style = Document style
dialogue-style-modern = Modern
dialogue-style-modern-hint = Concord’s own look: sans-serif text, bold headings, 20 mm margins.
dialogue-style-official = Official (GB/T 9704-2012)
dialogue-style-official-hint = Chinese official documents: 37 mm top and 28 mm binding margins, 22 lines of 28 characters, 3号 body, “— 1 —” page numbers.
dialogue-style-note = No open 仿宋 face exists for simplified Chinese: the official style sets the body in a 宋体-style serif face. Every export uses the style chosen here; `concord export … --style` overrides it for one file.
dialogue-style-saved = Documents will now be exported in the { $style } style.
