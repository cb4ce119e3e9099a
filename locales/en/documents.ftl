## Documents: minutes and declarations.

doc-page-of = Page { $page } of { $total }
doc-running-header = { $city } · Multistakeholder dialogue on sustainability and carbon neutrality
minutes-title = Minutes
minutes-kind-plenary = Town-hall plenary
minutes-kind-working-group = Working group
minutes-date = Date
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
minutes-attendance-sector = { $sector }: { $count }
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
