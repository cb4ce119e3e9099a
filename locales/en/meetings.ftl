# The Meetings stage: list, plan, run and close a meeting; agenda, attendance and quorum,
# notes, decisions, action items, addenda, the minutes export and the projector window.

meetings-title = Meetings
meetings-lead = Plenary town halls and working groups: plan them, open them, take the minutes, then approve and freeze them.
meetings-list-label = Meetings, newest first
meetings-plan = Plan a meeting
meetings-empty-title = No meetings yet
meetings-empty-body = A meeting is planned with its agenda, opened by the high-level representative, and closed with its minutes. The open action items of the last meeting become the first item of the next.
meetings-empty-more = Plan the first plenary: the focal point chairs it unless you name someone else.
meetings-row-counts = { $items ->
    [one] 1 agenda item
   *[other] { $items } agenda items
  } · { $present } present
meetings-back = ← Back to the meetings
meetings-edit = Edit details

meetings-kind-plenary = Plenary (town hall)
meetings-kind-working-group = Working group

meetings-state-planned = Planned
meetings-state-opened = Open
meetings-state-closed = Closed
meetings-state-approved = Approved · frozen

meetings-fact-when = Date and time
meetings-fact-where = Place
meetings-fact-chair = Chair
meetings-fact-secretary = Secretary
meetings-fact-representative = High-level representative
meetings-history-opened = Opened by { $name }, { $time }
meetings-history-closed = closed by { $name }, { $time }
meetings-history-approved = minutes approved by { $name }, { $time }

meetings-step-open = Open the meeting
meetings-step-close = Close the meeting
meetings-step-approve = Approve the minutes
meetings-step-open-done = The meeting is open. Check people in as they arrive.
meetings-step-open-another-day = Open it today
meetings-confirm-open-another-day-title = Open the meeting on another day?
meetings-confirm-open-another-day-body = “{ $title }” is planned for { $planned }, and today is { $today }. If you open it now, the minutes record that it was held on { $today } and name the planned date beside it.
meetings-step-close-done = The meeting is closed. A backup was taken.
meetings-step-approve-done = The minutes are approved and frozen.
meetings-confirm-close-title = Close the meeting?
meetings-confirm-close-body = “{ $title }” will be closed now by the high-level representative. Attendance can no longer change; notes, decisions and action items can still be corrected until the minutes are approved.
meetings-confirm-approve-title = Approve and freeze the minutes?
meetings-confirm-approve-body = Approving the minutes of “{ $title }” freezes them: notes, decisions and action items can no longer be edited. Later corrections become numbered addenda; the original text stays.
meetings-frozen = Frozen
meetings-frozen-note = These minutes are approved and frozen. To correct them, add an addendum: it names what it corrects, and the original stays.

meetings-quorum-reached = Quorum reached
meetings-quorum-short = No quorum yet
meetings-quorum-count = { $present } of { $members } voting members present{ $proxies ->
    [0] {""}
   *[other] , { $proxies } by proxy
  } · { $needed } needed ({ $percent } %)

meetings-tabs-label = Parts of the meeting
meetings-tab-agenda = Agenda and notes
meetings-tab-attendance = Attendance
meetings-tab-records = Decisions and actions
meetings-tab-addenda = Addenda

meetings-export = Export minutes
meetings-exporting = Exporting…
meetings-export-language = Minutes in
meetings-exported = Saved { $path } ({ $pages ->
    [one] 1 page
   *[other] { $pages } pages
  }, { $kilobytes } KB)
meetings-language-en = English
meetings-language-zh-CN = Chinese
meetings-language-bilingual = Bilingual

meetings-projector = Projector
meetings-projector-refresh = Projector (on)
meetings-projector-close = Close projector
meetings-projector-language = Projector in
meetings-projector-opened = The projector window is open; it follows the current agenda item.
meetings-projector-window = Concord · Projector
meetings-projector-idle = Nothing to show yet
meetings-projector-item = Agenda item { $n } of { $count }
meetings-projector-no-item = The meeting has not reached an agenda item yet.
meetings-projector-esc = Esc closes this window

# Agenda and notes
meetings-agenda-title = Agenda
meetings-agenda-empty = The agenda has no items yet.
meetings-agenda-reorder-hint = Reorder with the arrows or Alt+↑ / Alt+↓ while the meeting is planned.
meetings-item-up = Move up
meetings-item-down = Move down
meetings-item-remove = Remove
meetings-item-remove-title = Remove “{ $title }” from the agenda?
meetings-item-remove-body = The item and its notes are removed. The others close up.
meetings-item-current = Current
meetings-item-is-current = Current item
meetings-item-make-current = Make current
meetings-item-show = Show on projector
meetings-item-minutes = { $minutes } min
meetings-item-add = Add item
meetings-item-add-title = Add an agenda item
meetings-carried-title = { $count ->
    [one] 1 open action item from earlier meetings
   *[other] { $count } open action items from earlier meetings
  }
meetings-notes-title = Notes
meetings-notes-zh = Notes in Chinese
meetings-notes-en = Notes in English
meetings-notes-dirty = Not saved yet — leave the field or press Ctrl+S
meetings-notes-saving = Saving…
meetings-notes-saved = Saved
meetings-notes-failed = Not saved

# Attendance
meetings-attendance-title = Attendance
meetings-attendance-closed = The meeting has closed: attendance can no longer change.
meetings-attendance-empty = Nobody has checked in yet.
meetings-checkin-label = Check in
meetings-checkin-placeholder = Name, pinyin or organisation
meetings-checkin-keys = Type, choose with ↑ / ↓, Enter checks in.
meetings-checkin-results = People found
meetings-checkin-none = Nobody in the register matches.
meetings-checkin-button = Check in
meetings-checkin-here = In the room
meetings-checked-in = { $name } is checked in.
meetings-checkout = Leaves now
meetings-mark-absent = Mark absent
meetings-present-count = { $count ->
    [one] 1 person present
   *[other] { $count } people present
  }
meetings-presence-in-room = In the room
meetings-presence-left = Left
meetings-presence-absent = Absent
meetings-presence-present = Present
meetings-presence-not-here = Not here
meetings-arrived = arrived { $time }
meetings-left = left { $time }
meetings-voting = Voting
meetings-proxy-label = Proxy for
meetings-proxy-none = Nobody
meetings-proxy-for = proxy for { $name }

# Decisions, action items, addenda
meetings-decisions-title = Decisions
meetings-decisions-empty = No decisions recorded.
meetings-decision-add-title = Record a decision
meetings-decision-add = Add decision
meetings-decision-remove-title = Remove this decision?
meetings-decision-remove-body = It is taken out of the draft minutes.
meetings-basis-consensus = Consensus
meetings-basis-majority = Majority
meetings-basis-casting-vote = Casting vote
meetings-basis-focal-point = Focal point
meetings-basis-noted = Noted
meetings-actions-title = Action items
meetings-actions-empty = No action items recorded.
meetings-action-add-title = Record an action item
meetings-action-add = Add action item
meetings-action-remove-title = Remove this action item?
meetings-action-remove-body = It is taken out of the draft minutes.
meetings-action-open = Open
meetings-action-done = Done
meetings-action-dropped = Dropped
meetings-action-owner = Owner: { $name }
meetings-action-no-owner = No owner
meetings-action-due = due { $date }
meetings-action-choose-owner = Choose from the register
meetings-record-no-item = No agenda item
meetings-remove = Remove
meetings-addenda-title = Addenda
meetings-addenda-lead = Corrections to the approved minutes. Each names what it corrects; the original text stays.
meetings-addenda-empty = No addenda.
meetings-addendum-add-title = Add an addendum
meetings-addendum-add = Add addendum
meetings-addendum-corrects = Corrects: { $what }
meetings-addendum-corrects-hint = e.g. Agenda item 2, notes
meetings-addendum-by = { $name }, { $time }

# The form
meetings-form-new-title = Plan a meeting
meetings-form-edit-title = Meeting details
meetings-form-lead = A title in Chinese or English is enough. The focal point chairs unless you name someone else.
meetings-form-keys = Ctrl+S saves · Esc cancels
meetings-section-what = What, when and where
meetings-section-who = Who
meetings-field-kind = Kind of meeting
meetings-field-title-zh = Title in Chinese
meetings-field-title-en = Title in English
meetings-field-starts-at = Date and time
meetings-field-place-zh = Place in Chinese
meetings-field-place-en = Place in English
meetings-field-chair = Chair
meetings-field-secretary = Secretary
meetings-field-rep-name = High-level representative (opens and closes)
meetings-field-rep-title = Their title
meetings-field-item-title-zh = Title in Chinese
meetings-field-item-title-en = Title in English
meetings-field-presenter = Presenter
meetings-field-minutes = Minutes planned
meetings-field-text-zh = Text in Chinese
meetings-field-text-en = Text in English
meetings-field-basis = Basis
meetings-field-agenda-item = Agenda item
meetings-field-what-zh = What, in Chinese
meetings-field-what-en = What, in English
meetings-field-owner = Owner
meetings-field-due = Due
meetings-field-status = Status
meetings-field-corrects = What it corrects
meetings-save = Save
meetings-cancel = Cancel
meetings-created = The meeting is planned.
meetings-saved = The meeting details are saved.
meetings-errors-title = { $count ->
    [one] 1 field needs attention
   *[other] { $count } fields need attention
  }
meetings-error-title = Give the meeting a title, in Chinese or in English.
meetings-error-starts-at = Give a date and a time.
meetings-error-item-title = Give the item a title, in Chinese or in English.
meetings-error-text = Write it in Chinese or in English.
meetings-error-basis-needs-question = A majority, a casting vote or the focal point's decision is the outcome of a question: choose the question that reached it. Without a question, a decision is agreed by consensus in the room or noted.
meetings-error-basis-disagrees = This basis does not agree with how the question was settled: choose the basis of its recorded outcome, or "Noted". A question still open settles nothing.
meetings-error-question-elsewhere = Choose a question put to this meeting.

## Editing what was recorded, until the minutes are approved
meetings-item-edit = Edit
meetings-item-edit-label = Edit the agenda item “{ $title }”
meetings-item-edit-title = Edit the agenda item
meetings-record-edit = Edit
meetings-decision-edit-label = Edit decision { $number }
meetings-decision-edit-title = Edit the decision
meetings-action-edit-label = Edit the action item “{ $what }”
meetings-action-edit-title = Edit the action item
meetings-field-question = Settled by question (optional)
meetings-decision-no-question = No question
meetings-decision-question = Question { $number }
meetings-decision-question-unknown = A question of this meeting
