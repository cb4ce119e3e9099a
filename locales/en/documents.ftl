## Documents: minutes and declarations.

doc-page-of = Page { $page } of { $total }
doc-running-header = { $city } · Multistakeholder dialogue on sustainability and carbon neutrality
minutes-title = Minutes
minutes-kind-plenary = Town-hall plenary
minutes-kind-working-group = Working group
minutes-date = Date
minutes-held = Held
minutes-planned-for = Planned for
minutes-place = Place
minutes-chair = Chair
minutes-secretary = Secretary
minutes-opened = Opened
minutes-closed = Closed
minutes-opened-by = { $name }, { $time }
minutes-not-yet = not yet
minutes-partner = Partner city
minutes-attendance = Attendance
minutes-attendance-summary = { $present } of { $members } voting members present; the quorum of { $quorum } % { $reached ->
    [yes] is reached.
   *[no] is not reached.
}
minutes-attendance-sector = { $sector }{"\u00A0"}{ $count }
minutes-attendance-sectors = Present, by sector: { $list }.
minutes-col-number = No.
minutes-col-name = Name
minutes-col-organisation = Organisation
minutes-col-sector = Sector
minutes-col-role = Role
minutes-agenda = Agenda and discussion
minutes-item-heading = { $number }. { $title }
minutes-presenter = Presented by { $name } · { $minutes } min
minutes-no-notes = No notes were recorded for this item.
minutes-signatures = Signatures
minutes-sign-focal-point = Focal point
minutes-sign-secretary = Secretary
minutes-representative = High-level representative
minutes-approval = Minutes
minutes-approved-by = approved by { $name }, { $time }
minutes-draft = draft, not yet approved
minutes-attendance-proxies = { $count ->
    [one] One absent voting member was represented by proxy.
   *[other] { $count } absent voting members were represented by proxy.
}
minutes-arrived-late = { $name } arrived at { $time }.
minutes-left-early = { $name } left at { $time }.
minutes-proxy = { $name } held the proxy of { $member }.
minutes-other-decisions = Other decisions
minutes-decision-lead = Decision { $number } ({ $basis }):
minutes-basis-consensus = adopted by consensus
minutes-basis-majority = by majority vote
minutes-basis-casting-vote = decided by the focal point's casting vote on a tie
minutes-basis-consensus-alone = agreed without a formal round
minutes-basis-unsupported = recorded as “{ $basis }”, which no question of this meeting supports
minutes-basis-focal-point = decided by the focal point after consensus persistently failed
minutes-basis-noted = noted
minutes-basis-with-question = { $basis }, question { $number }
minutes-actions = Action items
minutes-no-actions = No action items were agreed.
minutes-col-action = Action
minutes-col-owner = Owner
minutes-col-due = Due
minutes-col-status = Status
minutes-status-open = open
minutes-status-done = done
minutes-status-dropped = dropped
minutes-addenda = Addenda
minutes-addendum-heading = Addendum { $number } — corrects { $corrects } ({ $name }, { $time })
minutes-sign-date = Date
sector-local-authority = Local authority
sector-civil-society = Civil-society organisation
sector-public-company = Public company
sector-private-company = Private company
sector-investor = Investor
sector-research = Scientist / research
sector-education = Trainer / education
sector-citizen = Citizen
role-voting-member = Voting member
role-observer = Observer
role-expert = Expert
helix-government = Government
helix-industry = Industry
helix-academia = Academia
helix-civil-society = Civil society
minutes-apologies = Apologies: { $names }.
# On a last page that holds only signature lines.
doc-no-text-on-page = (No text on this page.)
# A rank shared by equal points, in a ranking.
rank-tied = { $rank }=
